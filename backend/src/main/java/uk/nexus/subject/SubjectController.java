package uk.nexus.subject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.model.PageOf;
import uk.nexus.web.BadRequestException;
import uk.nexus.web.Ids;

@RestController
@RequestMapping("/api/subjects")
@Tag(name = "Subjects", description = "People: search and records")
class SubjectController {

    private final SubjectService subjects;

    SubjectController(SubjectService subjects) {
        this.subjects = subjects;
    }

    @GetMapping
    @Operation(
            summary = "Search subjects",
            description = "By name or alias (fuzzy, every word must match), by identifier (subject id, PNC id, CRO"
                    + " number, passport number) and/or date of birth (recorded or alias).")
    PageOf<SubjectListItem> search(
            @RequestParam(required = false) @Size(max = 200) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dob,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
        SubjectQuery query = new SubjectQuery(q, dob);
        if (query.isEmpty()) {
            throw new BadRequestException("q", "give a name, alias or identifier (q) or a date of birth (dob)");
        }
        return subjects.searchPage(query, page, size);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A subject's record",
            description =
                    "Identity, aliases, groups, incidents with the"
                            + " person's category, associates, objects, locations, intelligence and convictions, each with provenance.")
    SubjectDetails get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return subjects.get(id);
    }
}
