package co.pactos.kit.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The municipality list of the department the suite serves: Valle del Cauca unless
 * {@code pactos.municipalities.file} names another {@code code,name,kind} CSV.
 */
@Configuration(proxyBeanMethods = false)
public class MunicipalitiesConfig {

    @Bean
    Municipalities municipalities(@Value("${pactos.municipalities.file:}") String file) throws IOException {
        if (file.isBlank()) {
            return Municipalities.valleDelCauca();
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return Municipalities.read(in);
        }
    }
}
