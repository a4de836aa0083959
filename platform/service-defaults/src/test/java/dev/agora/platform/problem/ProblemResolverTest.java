package dev.agora.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class ProblemResolverTest {

    private final ProblemResolver resolver = new ProblemResolver(List.of(new ProblemMapping(
            ConnectException.class, PlatformErrorCodes.SERVICE_UNAVAILABLE, "The service cannot be reached.")));

    @Test
    void an_unknown_failure_reveals_nothing_of_itself() {
        ResolvedProblem resolved = resolver.resolve(new IOException("/etc/secret not readable"));

        assertThat(resolved.code()).isEqualTo(PlatformErrorCodes.INTERNAL_ERROR);
        assertThat(resolved.detail()).doesNotContain("secret");
    }

    @Test
    void a_mapping_applies_to_a_wrapped_cause_too() {
        ResolvedProblem resolved = resolver.resolve(new IllegalStateException(new ConnectException("refused")));

        assertThat(resolved.code()).isEqualTo(PlatformErrorCodes.SERVICE_UNAVAILABLE);
        assertThat(resolved.detail()).isEqualTo("The service cannot be reached.");
    }

    @Test
    void a_server_side_status_never_shows_the_framework_message() {
        ResolvedProblem resolved =
                resolver.resolve(new ResponseStatusException(HttpStatus.BAD_GATEWAY, "pool exhausted at 10.1.2.3"));

        assertThat(resolved.isServerFault()).isTrue();
        assertThat(resolved.detail()).doesNotContain("10.1.2.3");
    }

    @Test
    void a_problem_exception_keeps_its_code_and_fields() {
        ResolvedProblem resolved = resolver.resolve(ProblemException.invalid("sort", "must be name or price"));

        assertThat(resolved.code()).isEqualTo(PlatformErrorCodes.VALIDATION_FAILED);
        assertThat(resolved.errors()).containsExactly(new InvalidField("sort", "must be name or price"));
    }
}
