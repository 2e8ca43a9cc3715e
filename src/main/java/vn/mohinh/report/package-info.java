/**
 * Statistics and dashboards: the dashboard page and the statistics API, composed from the figures
 * the other modules publish through their facades ({@code InitiativeStatistics}, and the inspection
 * and evaluation figures). Owns no table; every figure is computed live.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo, thống kê (reports)")
package vn.mohinh.report;
