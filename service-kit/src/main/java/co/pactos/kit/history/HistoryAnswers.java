package co.pactos.kit.history;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the services' history endpoints answer: the JSON list of a page's entries, with a {@code Link: <...>; rel="next"}
 * header when more events follow. Each service documents one operation per resource and hands the request here.
 */
public class HistoryAnswers {

    /** The mapping condition of the JSON operations: {@code format=html} goes to the Spanish page instead. */
    public static final String JSON = "format!=html";
    public static final String SUFFIX = "/history";

    /** The wording of the history operations' descriptions. */
    public static final String DESCRIPTION = " Every event oldest first: when it was recorded (recordedAt), the date or period it is about"
            + " (validTime), who made it (actor: client, user and dependency, from the token; onBehalfOf), the posting system (source),"
            + " reason and legalAct where given, and the fields it changed, each from the value in force before to the new one."
            + " At most limit events (default " + HistoryReader.DEFAULT_LIMIT + ", at most " + HistoryReader.MAX_LIMIT + ") after the"
            + " event whose sequence is after; a Link header (rel=\"next\") names the next page. format=html answers the same as a"
            + " page in Spanish. Needs a token: oversight and Planeación read every history, a secretariat those of its dependency and"
            + " its sub-units.";

    public static final String AFTER = "Read the events after the one with this sequence (the sequence of the last entry of the previous"
            + " page, as the Link header gives it); from the first event when absent";
    public static final String LIMIT = "At most this many events (1 to " + HistoryReader.MAX_LIMIT + ", default "
            + HistoryReader.DEFAULT_LIMIT + ")";

    private final HistoryReader reader;

    public HistoryAnswers(HistoryReader reader) {
        this.reader = reader;
    }

    /** The history of the resource whose {@code /history} the request names. */
    public ResponseEntity<List<HistoryEntry>> json(HttpServletRequest request, Long after, Integer limit) {
        String path = resourcePath(request);
        HistoryPage page = reader.read(path, after, limit);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (page.nextAfter() != null) {
            answer.header(HttpHeaders.LINK, "<" + path + SUFFIX + "?after=" + page.nextAfter() + "&limit=" + page.limit() + ">; rel=\"next\"");
        }
        return answer.body(page.entries());
    }

    static String resourcePath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.endsWith(SUFFIX) ? uri.substring(0, uri.length() - SUFFIX.length()) : uri;
    }
}
