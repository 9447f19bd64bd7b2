package co.pactos.kit.web.strict;

import co.pactos.kit.web.FrameworkProblems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json answer where no controller advice can (filters, the error page, the container). */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static String json(int status, String detail, String field) {
        String[] typeAndTitle = FrameworkProblems.typeAndTitle(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + typeAndTitle[0]);
        problem.put("title", typeAndTitle[1]);
        problem.put("status", status);
        problem.put("detail", detail);
        if (field != null) {
            problem.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return JSON.writeValueAsString(problem);
    }

    public static void write(HttpServletResponse response, int status, String detail, String field) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getWriter();
        writer.write(json(status, detail, field));
        writer.flush();
    }
}
