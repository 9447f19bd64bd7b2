package co.pactos.goals.catalog;

import co.pactos.goals.view.Paths;
import co.pactos.kit.security.DependencyParents;
import co.pactos.kit.web.ResourceViews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A dependency's parent unit, from the dependencies this service has registered. */
@Component
public class ViewDependencyParents implements DependencyParents {

    private final ResourceViews views;

    public ViewDependencyParents(ResourceViews views) {
        this.views = views;
    }

    @Override
    public Optional<String> parentOf(String dependency) {
        return views.find(Paths.dependency(dependency))
                .map(view -> view.get("parentCode"))
                .filter(parent -> parent != null && !parent.isNull())
                .map(parent -> parent.asString());
    }
}
