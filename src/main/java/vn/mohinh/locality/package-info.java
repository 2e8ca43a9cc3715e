/**
 * Localities (địa bàn): provinces, districts, communes and villages over time, the 2025 mergers,
 * and the scope every user works in. {@link vn.mohinh.locality.ScopeGuard} is the one place where
 * scope is decided; every module's reads and writes go through it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Địa bàn (localities)")
package vn.mohinh.locality;
