/**
 * The shared kernel: page layout, Vietnamese text helpers and common web support. Kept small on
 * purpose; business rules live in the modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.mohinh.shared;
