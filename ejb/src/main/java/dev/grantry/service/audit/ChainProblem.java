package dev.grantry.service.audit;

/** Why a link of the audit chain is broken. */
public enum ChainProblem {
    /** The event's content (or its place) no longer gives its stored hash: a row was changed. */
    ALTERED("altered: its content no longer gives its hash"),
    /** No event holds this place of the chain: a row was deleted. */
    MISSING("missing: no event holds this place"),
    /** The event came before its place in the chain: the chain was reordered. */
    OUT_OF_ORDER("out of order: it holds a place already checked");

    private final String description;

    ChainProblem(String description) {
        this.description = description;
    }

    /** What an auditor reads. */
    public String description() {
        return description;
    }
}
