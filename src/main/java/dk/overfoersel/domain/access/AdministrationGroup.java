package dk.overfoersel.domain.access;

import dk.overfoersel.domain.DomainException;
import dk.overfoersel.domain.Texts;

/**
 * Which PostgreSQL group (role) changes an administration's rounds and budget notes; with
 * {@code readsAll} (the finance administration) the group's members also read every administration.
 * A group name is a plain PostgreSQL identifier: lower-case letters, digits and underscores, at most 63.
 */
public record AdministrationGroup(String administration, String groupName, boolean readsAll) {

    public AdministrationGroup {
        administration = administration == null ? "" : administration.strip();
        groupName = groupName == null ? "" : groupName.strip();
        if (administration.isEmpty() || administration.length() > 500) {
            throw new DomainException(Texts.get("access.badAdministration"));
        }
        if (!groupName.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new DomainException(Texts.get("access.badGroup", groupName));
        }
    }
}
