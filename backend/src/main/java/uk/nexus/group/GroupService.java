package uk.nexus.group;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nexus.group.internal.GroupQueries;
import uk.nexus.security.Access;
import uk.nexus.web.NotFoundException;

/** Gangs and OCGs with their members. */
@Service
@Transactional(readOnly = true)
public class GroupService {

    private final GroupQueries queries;

    GroupService(GroupQueries queries) {
        this.queries = queries;
    }

    /** Every group; {@code type} GANG or OCG narrows the list. */
    @PreAuthorize(Access.READ_RECORDS)
    public List<GroupListItem> list(@Nullable String type) {
        return queries.list(type);
    }

    @PreAuthorize(Access.READ_RECORDS)
    public GroupDetails get(String id) {
        return queries.details(id).orElseThrow(() -> new NotFoundException("group", id));
    }
}
