package uk.nexus.group;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nexus.web.Ids;

@RestController
@RequestMapping("/api/groups")
@Tag(name = "Groups", description = "Gangs and organised crime groups")
class GroupController {

    private final GroupService groups;

    GroupController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "List gangs and OCGs with their current member counts")
    List<GroupListItem> list(
            @RequestParam(required = false) @Pattern(regexp = "GANG|OCG", message = "must be GANG or OCG") @Nullable
                    String type) {
        return groups.list(type);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A group with its members and the provenance of each membership")
    GroupDetails get(@PathVariable @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id) {
        return groups.get(id);
    }
}
