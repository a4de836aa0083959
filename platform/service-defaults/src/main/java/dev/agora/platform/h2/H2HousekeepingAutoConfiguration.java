package dev.agora.platform.h2;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/** {@link H2FileHousekeeping} for a service whose database is an H2 file. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "org.h2.mvstore.MVStore")
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
public class H2HousekeepingAutoConfiguration {

    @Bean
    H2FileHousekeeping h2FileHousekeeping(DataSource dataSource) {
        return new H2FileHousekeeping(dataSource);
    }
}
