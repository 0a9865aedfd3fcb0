package no.fagflyt.organisation.internal;

import no.fagflyt.platform.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A role an account holds, on a unit (and everything below it) where the role is unit-scoped. */
@Table("account_role")
public record RoleGrant(Role role, @Nullable Long unitId) {
}
