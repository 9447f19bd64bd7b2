package co.pactos.kit.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The resources whose history a service answers, each found by its path pattern; a service declares one bean of it. */
public final class HistoryResources {

    /** A resource path matched: the declaration and the path's variables. */
    public record Match(HistoryResource resource, Map<String, String> variables) {

        public String aggregateId() {
            return variables.get(resource.aggregate());
        }
    }

    private record Pattern(PathPattern pattern, HistoryResource resource) {
    }

    private final List<Pattern> patterns;

    public HistoryResources(List<HistoryResource> resources) {
        this.patterns = resources.stream().map(r -> new Pattern(PathPatternParser.defaultInstance.parse(r.pattern()), r)).toList();
    }

    /** The declaration whose pattern matches {@code path} (a resource path, without {@code /history}). */
    public Optional<Match> match(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Pattern p : patterns) {
            PathPattern.PathMatchInfo info = p.pattern().matchAndExtract(container);
            if (info != null) {
                return Optional.of(new Match(p.resource(), info.getUriVariables()));
            }
        }
        return Optional.empty();
    }

    public List<HistoryResource> all() {
        return patterns.stream().map(Pattern::resource).toList();
    }
}
