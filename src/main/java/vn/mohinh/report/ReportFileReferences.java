package vn.mohinh.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.files.FileReferences;

/** Tells the shared file store which stored files the reports' files (annexes, frozen documents) still point to. */
@Component
class ReportFileReferences implements FileReferences {

	private final JdbcClient jdbc;

	ReportFileReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean references(String hash) {
		return jdbc.sql("select count(*) from report_file where file_hash = ?").param(hash).query(Long.class).single() > 0;
	}

}
