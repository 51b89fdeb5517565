package dev.grantry.web.page;

/** One filter of an audit page as a name and value, carried by its paging buttons' forms. */
public record AuditFilterField(String name, String value) {}
