package dk.modningsportal.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * A query that runs longer than {@code portal.db.query-timeout} (ms) is stopped by the database itself, set once
 * per pooled connection (PostgreSQL's {@code statement_timeout}, H2's {@code QUERY_TIMEOUT}). Not per statement
 * through JDBC: the PostgreSQL driver arms a {@link java.util.Timer} task for every statement given a timeout,
 * which the load test found costing about 6 % of the portal's CPU.
 */
@Component
class QueryTimeout implements BeanPostProcessor {

    private final long millis;

    QueryTimeout(@Value("${portal.db.query-timeout:15000}") long millis) {
        this.millis = millis;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && millis > 0) {
            if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                pool.addDataSourceProperty("options", "-c statement_timeout=" + millis);
            } else if (pool.getJdbcUrl().startsWith("jdbc:h2:") && pool.getConnectionInitSql() == null) {
                pool.setConnectionInitSql("SET QUERY_TIMEOUT " + millis);
            }
        }
        return bean;
    }
}
