package uk.nexus.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.nexus.web.BadRequestException;

/** The configured recipients, by id. */
@Component
public class Recipients {

    private final Map<String, Recipient> byId = new LinkedHashMap<>();

    Recipients(DisclosureProperties properties) {
        for (Recipient r : properties.recipients()) {
            if (byId.putIfAbsent(r.id(), r) != null) {
                throw new IllegalStateException("nexus.disclosure.recipients: the id " + r.id() + " is used twice");
            }
        }
    }

    /** Every recipient, in configured order. */
    public List<Recipient> all() {
        return List.copyOf(byId.values());
    }

    /** The recipient with this id; a {@link BadRequestException} on field {@code field} if there is none. */
    public Recipient get(String id, String field) {
        Recipient r = byId.get(id);
        if (r == null) {
            throw new BadRequestException(field, "unknown recipient \"" + id + "\"; one of " + byId.keySet());
        }
        return r;
    }
}
