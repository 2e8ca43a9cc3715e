package vn.mohinh.organisation;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mohinh.locality.LocalityDirectory;

/** Looks up the demo records and counts rows, for the application tests of this module. */
class Fixtures {

	static final LocalDate DEMO_DAY = LocalDate.of(2021, 6, 30);

	final OrganisationDirectory directory;
	final LocalityDirectory localities;
	final JdbcClient jdbc;

	Fixtures(OrganisationDirectory directory, LocalityDirectory localities, JdbcClient jdbc) {
		// built by each test class from its own beans, so that no test bean leaks into the application
		this.directory = directory;
		this.localities = localities;
		this.jdbc = jdbc;
	}

	long organisation(String name) {
		return directory.findByName(name).orElseThrow().id();
	}

	long locality(String code) {
		return localities.findByCode(code, DEMO_DAY).orElseThrow().id();
	}

	long countOrganisationsNamed(String name) {
		return jdbc.sql("select count(*) from organisation where name = ?").param(name).query(Long.class).single();
	}

	long countPeopleNamed(String name) {
		return jdbc.sql("select count(*) from person where full_name = ?").param(name).query(Long.class).single();
	}

	String nameOf(long organisationId) {
		return jdbc.sql("select name from organisation where id = ?").param(organisationId).query(String.class).single();
	}

	long versionOf(long organisationId) {
		return jdbc.sql("select version from organisation where id = ?").param(organisationId).query(Long.class).single();
	}

	/** A name no other test uses, so that tests sharing one database never collide. */
	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
