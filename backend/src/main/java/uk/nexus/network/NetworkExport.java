package uk.nexus.network;

import java.util.List;
import uk.nexus.disclosure.DisclosureFormat;
import uk.nexus.disclosure.Redaction;

/**
 * A sub-network disclosed to a recipient, ready to download.
 *
 * @param reference the disclosure reference, written on every item and in the access log
 * @param format the file format
 * @param filename a file name for the download
 * @param content the file
 * @param nodes nodes released
 * @param links links released
 * @param redactions items withheld for the recipient (shown in the file too)
 * @param unreachableWithheld further nodes withheld because only withheld intelligence linked them to
 *     the centre
 */
public record NetworkExport(
        String reference,
        DisclosureFormat format,
        String filename,
        byte[] content,
        int nodes,
        int links,
        List<Redaction> redactions,
        int unreachableWithheld) {}
