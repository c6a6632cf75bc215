package uk.nexus.audit;

import uk.nexus.web.BadRequestException;

/**
 * Records were asked for without a purpose. The REST API answers 400 naming the {@value
 * AccessLog#PURPOSE_HEADER} header; the UI asks the user for the purpose of the task and tries again.
 */
public class PurposeRequiredException extends BadRequestException {

    public PurposeRequiredException(String message) {
        super(AccessLog.PURPOSE_HEADER, message);
    }
}
