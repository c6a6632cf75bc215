package uk.nexus.subject;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nexus.audit.AccessLog;
import uk.nexus.audit.Records;
import uk.nexus.model.PageOf;
import uk.nexus.security.Access;
import uk.nexus.subject.internal.SubjectQueries;
import uk.nexus.web.NotFoundException;

/** Finding people and reading their records; every search and every record read is logged. */
@Service
@Transactional(readOnly = true)
public class SubjectService {

    private final SubjectQueries queries;
    private final AccessLog accessLog;

    SubjectService(SubjectQueries queries, AccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    /** Hits {@code offset} to {@code offset + limit} of a search, most relevant first. */
    @PreAuthorize(Access.READ_RECORDS)
    public List<SubjectListItem> search(SubjectQuery query, long offset, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        return accessLog.consult(
                "subject.search",
                () -> queries.search(query, offset, limit),
                hits -> hits.stream().map(h -> Records.subject(h.id())).toList(),
                hits -> describe(query) + " offset=" + offset + " hits=" + hits.size());
    }

    /** How many subjects a search finds (needs a purpose, like the search it belongs to). */
    @PreAuthorize(Access.READ_RECORDS)
    public long count(SubjectQuery query) {
        if (query.isEmpty()) {
            return 0;
        }
        accessLog.purpose();
        return queries.count(query);
    }

    /** One page of a search, with the total. */
    @PreAuthorize(Access.READ_RECORDS)
    public PageOf<SubjectListItem> searchPage(SubjectQuery query, int page, int size) {
        return new PageOf<>(search(query, (long) page * size, size), page, size, count(query));
    }

    /** A subject's record with all its links; the people and reports it shows are logged as consulted. */
    @PreAuthorize(Access.READ_RECORDS)
    public SubjectDetails get(String id) {
        return accessLog.consult(
                "subject.view",
                () -> queries.details(id).orElseThrow(() -> new NotFoundException("subject", id)),
                SubjectService::touched,
                d -> "record of " + id);
    }

    /** The subject first, then the associates and reports the record shows. */
    private static List<String> touched(SubjectDetails d) {
        List<String> keys = new ArrayList<>();
        keys.add(Records.subject(d.identity().id()));
        d.associates().forEach(a -> keys.add(Records.subject(a.subjectId())));
        d.intelligence().forEach(n -> keys.add(Records.key("IntelReport", n.intelId())));
        return keys.stream().distinct().toList();
    }

    private static String describe(SubjectQuery query) {
        StringBuilder s = new StringBuilder();
        if (query.text() != null && !query.text().isBlank()) {
            s.append("q=\"").append(query.text().strip()).append('"');
        }
        if (query.dob() != null) {
            s.append(s.isEmpty() ? "" : " ").append("dob=").append(query.dob());
        }
        return s.toString();
    }
}
