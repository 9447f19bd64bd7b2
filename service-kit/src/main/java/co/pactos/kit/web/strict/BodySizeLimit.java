package co.pactos.kit.web.strict;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than the limit with 413 problem+json: at once when its
 * Content-Length says so, or as soon as a chunked body passes the limit while it is read.
 */
public class BodySizeLimit extends OncePerRequestFilter {

    /** Thrown while reading a body past the limit; answered 413. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    static final String BATCH_PATH = "/api/batch";
    /** Spreadsheet imports ({@code co.pactos.kit.web.imports}): bounded by pactos.imports.max-bytes. */
    static final String IMPORTS_PATH = "/api/imports/";

    private final long maxBytes;

    public BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The limit a body passed while it was read, if that is why reading it failed; else -1. */
    public static long exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return tooLarge.limit;
            }
        }
        return -1;
    }

    public static ProblemDetail problem(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "A request body may have at most " + limit + " bytes; nothing was recorded.");
        problem.setType(URI.create("/problems/content-too-large"));
        problem.setTitle("The request body is too large");
        return problem;
    }

    /**
     * A batch ({@code POST /api/batch}) and a spreadsheet import ({@code POST /api/imports/{kind}}) have their own bounds
     * (pactos.batch.*, pactos.imports.*), and each of their lines this one.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return BATCH_PATH.equals(request.getRequestURI()) || request.getRequestURI().startsWith(IMPORTS_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "/problems/content-too-large");
            body.put("title", "The request body is too large");
            body.put("status", 413);
            body.put("detail", "A request body may have at most " + maxBytes + " bytes; nothing was recorded.");
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JsonMapper.builder().build().writeValueAsString(body));
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    private int count(int n) throws IOException {
                        if (n > 0) {
                            read += n;
                            if (read > maxBytes) {
                                throw new TooLarge(maxBytes);
                            }
                        }
                        return n;
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return count(in.read(buffer, offset, length));
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
