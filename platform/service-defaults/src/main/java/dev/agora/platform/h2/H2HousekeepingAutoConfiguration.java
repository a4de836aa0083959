package dev.agora.platform.h2;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** {@link H2FileHousekeeping} for a service whose database is an H2 file. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "org.h2.mvstore.MVStore")
@ConditionalOnSingleCandidate(DataSource.class)
@Conditional(H2HousekeepingAutoConfiguration.H2FileUrl.class)
public class H2HousekeepingAutoConfiguration {

    @Bean
    H2FileHousekeeping h2FileHousekeeping(DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
        return new H2FileHousekeeping(dataSource, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * {@code spring.datasource.url} names an H2 database in a file of this process ({@code jdbc:h2:file:}, {@code
     * jdbc:h2:./}, {@code jdbc:h2:~/}, {@code nio:}...): not one in memory, nor one on an H2 server.
     */
    static final class H2FileUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment()
                    .getProperty("spring.datasource.url", "")
                    .toLowerCase(Locale.ROOT);
            return url.startsWith("jdbc:h2:")
                    && !url.startsWith("jdbc:h2:mem:")
                    && !url.startsWith("jdbc:h2:tcp:")
                    && !url.startsWith("jdbc:h2:ssl:");
        }
    }
}
