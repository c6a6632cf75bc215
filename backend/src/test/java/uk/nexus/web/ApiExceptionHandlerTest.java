package uk.nexus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ApiExceptionHandlerTest {

    @Test
    void an_unexpected_error_reaches_the_client_as_a_reference_without_its_message_or_stack_trace() {
        ProblemDetail problem = new ApiExceptionHandler()
                .unexpected(new IllegalStateException("password=hunter2 at uk.nexus.Secret.method(Secret.java:42)"));
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(String.valueOf(problem.getDetail()))
                .doesNotContain("hunter2")
                .doesNotContain("Secret.java")
                .contains("Quote reference");
        assertThat(problem.getProperties()).containsOnlyKeys("reference");
    }
}
