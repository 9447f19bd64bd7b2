package co.pactos.kit.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Orders Axon's JDBC and transaction auto-configurations after Boot 4's DataSource ones. Axon 4
 * orders them after Boot 3 class names only, so on Boot 4 they would find no DataSource and no
 * transaction manager, and silently fall back to no event store and no transactions.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"
        },
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration"
        })
public class AxonJdbcOrdering {
}
