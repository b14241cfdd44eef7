package io.o2o.fulfilment.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who is who in the engine's identity service ({@code o2o.security.*}).
 *
 * @param opsGroup the group whose members watch and repair every order
 * @param storeGroupsCheck how often stores added since the last check get their staff group
 */
@ConfigurationProperties("o2o.security")
@Validated
public record AccessProperties(@NotBlank String opsGroup, @NotNull Duration storeGroupsCheck) {

    /** The authority a member of {@code group} holds in Spring Security. */
    public static String authorityOf(String group) {
        return "GROUP_" + group;
    }
}
