package uk.nexus.group;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Records;
import uk.nexus.group.internal.GroupQueries;
import uk.nexus.security.Access;
import uk.nexus.web.NotFoundException;

/** Gangs and OCGs with their members; every read is logged. */
@Service
@Transactional(readOnly = true)
public class GroupService {

    private final GroupQueries queries;
    private final AccessLog accessLog;

    GroupService(GroupQueries queries, AccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    /** Every group; {@code type} GANG or OCG narrows the list. */
    @PreAuthorize(Access.READ_RECORDS)
    public List<GroupListItem> list(@Nullable String type) {
        return accessLog.consult(
                "group.list",
                () -> queries.list(type),
                groups -> groups.stream().map(g -> Records.key("Group", g.id())).toList(),
                groups -> "type=" + (type == null ? "all" : type) + " groups=" + groups.size());
    }

    /** A group with its members; the members are logged as consulted. */
    @PreAuthorize(Access.READ_RECORDS)
    public GroupDetails get(String id) {
        return accessLog.consult(
                "group.view",
                () -> queries.details(id).orElseThrow(() -> new NotFoundException("group", id)),
                d -> {
                    List<String> keys = new ArrayList<>();
                    keys.add(Records.key("Group", id));
                    d.members().forEach(m -> keys.add(Records.subject(m.subjectId())));
                    return keys.stream().distinct().toList();
                },
                d -> "members=" + d.members().size());
    }
}
