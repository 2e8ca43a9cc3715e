package vn.mohinh.report;

import java.util.EnumMap;
import java.util.Map;

/** The editable text of a draft: its summary and its six sections, with the version it was read at. */
class ReportTextForm {

	private Long version;
	private String title;
	private String situation;
	private String leadership;
	private String results;
	private String weaknesses;
	private String tasks;
	private String proposals;

	static ReportTextForm of(ReportCard card) {
		ReportTextForm f = new ReportTextForm();
		f.version = card.version();
		f.title = card.title();
		f.situation = card.text(ReportSection.SITUATION);
		f.leadership = card.text(ReportSection.LEADERSHIP);
		f.results = card.text(ReportSection.RESULTS);
		f.weaknesses = card.text(ReportSection.WEAKNESSES);
		f.tasks = card.text(ReportSection.TASKS);
		f.proposals = card.text(ReportSection.PROPOSALS);
		return f;
	}

	Map<ReportSection, String> sections() {
		Map<ReportSection, String> map = new EnumMap<>(ReportSection.class);
		map.put(ReportSection.SITUATION, situation);
		map.put(ReportSection.LEADERSHIP, leadership);
		map.put(ReportSection.RESULTS, results);
		map.put(ReportSection.WEAKNESSES, weaknesses);
		map.put(ReportSection.TASKS, tasks);
		map.put(ReportSection.PROPOSALS, proposals);
		return map;
	}

	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSituation() { return situation; }
	public void setSituation(String situation) { this.situation = situation; }
	public String getLeadership() { return leadership; }
	public void setLeadership(String leadership) { this.leadership = leadership; }
	public String getResults() { return results; }
	public void setResults(String results) { this.results = results; }
	public String getWeaknesses() { return weaknesses; }
	public void setWeaknesses(String weaknesses) { this.weaknesses = weaknesses; }
	public String getTasks() { return tasks; }
	public void setTasks(String tasks) { this.tasks = tasks; }
	public String getProposals() { return proposals; }
	public void setProposals(String proposals) { this.proposals = proposals; }

}
