package co.pactos.reporting.dashboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The dashboard's settings: the semáforo bands ({@code pactos.dashboard.semaforo.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Semaforo.class)
class DashboardConfig {
}
