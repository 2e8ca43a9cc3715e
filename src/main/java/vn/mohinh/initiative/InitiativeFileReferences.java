package vn.mohinh.initiative;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.files.FileReferences;

/** Tells the shared file store which stored files a model's photos and attachments still point to. */
@Component
class InitiativeFileReferences implements FileReferences {

	private final JdbcClient jdbc;

	InitiativeFileReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean references(String hash) {
		return jdbc.sql("select count(*) from initiative_file where file_hash = ?").param(hash).query(Long.class).single() > 0;
	}

}
