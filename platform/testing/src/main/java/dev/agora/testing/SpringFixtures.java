package dev.agora.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the Spring context of a test class at the {@link SpringFixture}s in its static fields, ahead of every other
 * property source. Registered in {@code META-INF/spring.factories}, so every Spring test of a service gets it.
 */
public final class SpringFixtures implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
        List<Field> fixtures = new ArrayList<>();
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && SpringFixture.class.isAssignableFrom(field.getType())) {
                    fixtures.add(field);
                }
            }
        }
        return fixtures.isEmpty() ? null : new PointedAt(fixtures);
    }

    /** The fields are its identity: test classes with other fixtures get other contexts. */
    private record PointedAt(List<Field> fixtures) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getEnvironment().getPropertySources().addFirst(new FixtureProperties(fixtures));
        }
    }

    /** The fixtures' properties, read when the context asks (a database exists only once its class has begun). */
    private static final class FixtureProperties extends EnumerablePropertySource<List<Field>> {

        FixtureProperties(List<Field> fixtures) {
            super("agora-test-fixtures", fixtures);
        }

        @Override
        public String[] getPropertyNames() {
            return properties().keySet().toArray(String[]::new);
        }

        @Override
        public @Nullable Object getProperty(String name) {
            return properties().get(name);
        }

        private Map<String, String> properties() {
            Map<String, String> properties = new LinkedHashMap<>();
            for (Field field : getSource()) {
                try {
                    field.setAccessible(true);
                    SpringFixture fixture = (SpringFixture) field.get(null);
                    if (fixture != null) {
                        properties.putAll(fixture.properties());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot read the fixture " + field, e);
                }
            }
            return properties;
        }
    }
}
