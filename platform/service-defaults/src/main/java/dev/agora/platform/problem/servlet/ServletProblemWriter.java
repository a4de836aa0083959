package dev.agora.platform.problem.servlet;

import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.ErrorCode;
import dev.agora.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to the response, for filters that answer before any controller (and its advice) runs. */
public class ServletProblemWriter {

    private final CurrentTrace trace;
    private final JsonMapper json;

    public ServletProblemWriter(CurrentTrace trace, JsonMapper json) {
        this.trace = trace;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        response.setStatus(code.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(
                response.getOutputStream(),
                Problems.asMap(Problems.of(code, detail, request.getRequestURI(), trace.id(), List.of())));
    }
}
