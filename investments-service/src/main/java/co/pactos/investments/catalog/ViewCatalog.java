package co.pactos.investments.catalog;

import co.pactos.investments.view.Paths;
import co.pactos.kit.web.ResourceViews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The catalog read from the resource views, which are written in the same transaction as the events. */
@Component
public class ViewCatalog implements Catalog {

    private final ResourceViews views;

    public ViewCatalog(ResourceViews views) {
        this.views = views;
    }

    @Override
    public boolean programmeExists(String programmeId) {
        return views.find(Paths.programme(programmeId)).isPresent();
    }

    @Override
    public Optional<Integer> callFiscalYear(String callId) {
        return views.find(Paths.call(callId)).map(call -> call.get("fiscalYear").asInt());
    }
}
