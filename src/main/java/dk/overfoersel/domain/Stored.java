package dk.overfoersel.domain;

/** A value as stored: its database id and its version for optimistic locking. */
public record Stored<T>(long id, int version, T value) {
}
