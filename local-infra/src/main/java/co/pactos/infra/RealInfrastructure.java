package co.pactos.infra;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** JUnit extension: makes sure the test JVM's PostgreSQL and Kafka ({@link TestInfrastructure}) are up before a test class runs. */
public final class RealInfrastructure implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestInfrastructure.get();
    }
}
