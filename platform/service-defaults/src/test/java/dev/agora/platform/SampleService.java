package dev.agora.platform;

import dev.agora.platform.problem.ErrorCode;
import dev.agora.platform.problem.ProblemMapping;
import dev.agora.platform.security.servlet.AccessRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/** A small service built on service-defaults, to see the defaults at work through real HTTP. */
@SpringBootApplication
class SampleService {

    static final ErrorCode THING_NOT_FOUND = new ErrorCode("THING_NOT_FOUND", 404, "Thing not found");

    static class ThingNotFound extends RuntimeException {
        ThingNotFound(UUID id) {
            super("No thing has the id " + id + ".");
        }
    }

    record NewThing(
            @NotBlank String name, @Min(1) @Max(1000) int quantity, List<@NotBlank String> tags) {}

    /** Things are public, /admin needs ADMIN; anything else needs a token (the default). */
    @Bean
    AccessRules sampleAccess() {
        return requests -> requests.requestMatchers("/things", "/things/**", "/boom")
                .permitAll()
                .requestMatchers("/admin/**")
                .hasRole("ADMIN");
    }

    @Bean
    ProblemMapping thingNotFound() {
        return new ProblemMapping(ThingNotFound.class, THING_NOT_FOUND);
    }

    /** Fails before any controller runs, the way a broken filter would. */
    @Bean
    OncePerRequestFilter explodingFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getHeader("X-Explode") != null) {
                    throw new IllegalStateException("filter secret: password=hunter2");
                }
                chain.doFilter(request, response);
            }
        };
    }

    @RestController
    static class Things {

        private static final Logger log = LoggerFactory.getLogger(Things.class);

        @PostMapping(path = "/things", consumes = "application/json")
        Map<String, Object> create(@Valid @RequestBody NewThing thing) {
            return Map.of("name", thing.name());
        }

        @GetMapping(path = "/things/{id}", produces = "application/json")
        Map<String, Object> get(@PathVariable UUID id) {
            throw new ThingNotFound(id);
        }

        @GetMapping("/things")
        Map<String, Object> list(@RequestParam @Max(100) int size) {
            log.atInfo().addKeyValue("size", size).log("Listing things");
            return Map.of("size", size, "virtualThread", Thread.currentThread().isVirtual());
        }

        /** Under /api/, where the chaos profile acts. */
        @GetMapping("/api/ping")
        Map<String, Object> ping() {
            return Map.of("pong", true);
        }

        @GetMapping("/me")
        Map<String, Object> me(Authentication caller) {
            return Map.of(
                    "name",
                    caller.getName(),
                    "authorities",
                    caller.getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority)
                            .toList());
        }

        @GetMapping("/admin/things")
        Map<String, Object> adminThings() {
            return Map.of("admin", true);
        }

        @GetMapping("/boom")
        Map<String, Object> boom() {
            throw new IllegalStateException("database password=hunter2 leaked in a message");
        }
    }
}
