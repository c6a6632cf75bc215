package uk.nexus.alert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.nexus.web.Ids;

/** A subject to put on a watch list, and why. */
public record WatchRequest(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String subjectId,

        @NotBlank @Size(min = 3, max = 1000) String reason) {}
