package co.pactos.kit.web.imports;

import co.pactos.kit.web.batch.BatchExecutor;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Spreadsheet imports for a command service: the controller, the batch core it runs rows through, and the multipart
 * bounds of an upload (pactos.imports.max-bytes, 32 MiB by default; Boot's spring.servlet.multipart.* are replaced,
 * as the imports are the services' only multipart requests). A service imports this and declares its {@link ImportKind}s.
 */
@Configuration(proxyBeanMethods = false)
@Import({ImportController.class, BatchExecutor.class})
public class ImportConfig {

    @Bean
    public MultipartConfigElement importUploads(@Value("${pactos.imports.max-bytes:33554432}") long maxBytes) {
        // one byte over the bound still reaches the controller, which answers 413 naming the setting; the container refuses more
        return new MultipartConfigElement(null, maxBytes + 1, maxBytes + 1024 * 1024, 1024 * 1024);
    }
}
