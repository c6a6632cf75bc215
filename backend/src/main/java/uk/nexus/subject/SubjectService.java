package uk.nexus.subject;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nexus.model.PageOf;
import uk.nexus.security.Access;
import uk.nexus.subject.internal.SubjectQueries;
import uk.nexus.web.NotFoundException;

/** Finding people and reading their records. */
@Service
@Transactional(readOnly = true)
public class SubjectService {

    private final SubjectQueries queries;

    SubjectService(SubjectQueries queries) {
        this.queries = queries;
    }

    /** Hits {@code offset} to {@code offset + limit} of a search, most relevant first. */
    @PreAuthorize(Access.READ_RECORDS)
    public List<SubjectListItem> search(SubjectQuery query, long offset, int limit) {
        return query.isEmpty() ? List.of() : queries.search(query, offset, limit);
    }

    /** How many subjects a search finds. */
    @PreAuthorize(Access.READ_RECORDS)
    public long count(SubjectQuery query) {
        return query.isEmpty() ? 0 : queries.count(query);
    }

    /** One page of a search, with the total. */
    @PreAuthorize(Access.READ_RECORDS)
    public PageOf<SubjectListItem> searchPage(SubjectQuery query, int page, int size) {
        return new PageOf<>(search(query, (long) page * size, size), page, size, count(query));
    }

    /** A subject's record with all its links. */
    @PreAuthorize(Access.READ_RECORDS)
    public SubjectDetails get(String id) {
        return queries.details(id).orElseThrow(() -> new NotFoundException("subject", id));
    }
}
