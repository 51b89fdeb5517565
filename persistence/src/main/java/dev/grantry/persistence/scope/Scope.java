package dev.grantry.persistence.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A scope an application may ask for: its identifier as clients type it ({@code repo:read}), a description, and its
 * {@link ScopeKind} (delegable by users, or privileged: given by administrators only).
 */
@Entity
@Table(name = "scope")
@NamedQuery(name = "Scope.findAll", query = "SELECT s FROM Scope s ORDER BY s.name")
@NamedQuery(name = "Scope.findByNames", query = "SELECT s FROM Scope s WHERE s.name IN :names ORDER BY s.name")
public class Scope {

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScopeKind kind = ScopeKind.DELEGABLE;

    protected Scope() {}

    public Scope(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ScopeKind getKind() {
        return kind;
    }

    public boolean isPrivileged() {
        return kind == ScopeKind.PRIVILEGED;
    }

    public void setKind(ScopeKind kind) {
        this.kind = kind;
    }
}
