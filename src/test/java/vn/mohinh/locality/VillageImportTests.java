package vn.mohinh.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.mohinh.Html;
import vn.mohinh.MoHinhTest;

@MoHinhTest
class VillageImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long villages() {
		return jdbc.sql("select count(*) from locality where code is null").query(Long.class).single();
	}

	ResultActions upload(byte[] content) throws Exception {
		return mvc.perform(multipart("/localities/villages/import").file(new MockMultipartFile("file", "thon.csv", "text/csv", content))
			.param("codesOn", "01/01/2021").with(csrf()));
	}

	ResultActions upload(String csv) throws Exception {
		return upload(csv.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	@WithUserDetails("huyen")
	void importsAllRowsOfAGoodFile() throws Exception {
		String a = "Thôn A" + UUID.randomUUID().toString().substring(0, 5);
		String b = "Tổ " + UUID.randomUUID().toString().substring(0, 5);
		long before = villages();
		upload("ma_xa,ten,loai,hieu_luc_tu\n23488," + a + ",thôn,01/01/2020\n23479," + b + ",tổ dân phố,\n")
			.andExpect(status().is3xxRedirection());
		assertThat(villages()).isEqualTo(before + 2);
		assertThat(jdbc.sql("select kind from locality where name = ?").param(b).query(String.class).single()).isEqualTo("TO_DAN_PHO");
	}

	@Test
	@WithUserDetails("huyen")
	void oneBadRowImportsNothingAndNamesEveryProblem() throws Exception {
		long before = villages();
		upload("ma_xa,ten,loai,hieu_luc_tu\n23488,Thôn Tốt 1,thôn,\n99999,Thôn X,thôn,\n23488,,thôn,\n23488,Thôn Y,ấp,\n23488,Thôn Z,,31/02/2020\n23488,Thôn 9,,\n")
			.andExpect(status().isOk())
			.andExpect(Html.shows("Tệp có 5 lỗi nên chưa nhập dòng nào"))
			.andExpect(Html.shows("Không có xã, phường, thị trấn mang mã 99999"))
			.andExpect(Html.shows("Tên thôn trống"))
			.andExpect(Html.shows("Loại \"ấp\" không hợp lệ"))
			.andExpect(Html.shows("Ngày \"31/02/2020\" không hợp lệ"))
			.andExpect(Html.shows("đã có thôn, tổ dân phố cùng tên"));
		assertThat(villages()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("dakruong")
	void rowsOutsideTheUsersScopeAreRefused() throws Exception {
		long before = villages();
		upload("ma_xa,ten,loai,hieu_luc_tu\n23488,Thôn Được,thôn,\n23497,Thôn Không,thôn,\n")
			.andExpect(status().isOk())
			.andExpect(Html.shows("Xã mã 23497 nằm ngoài địa bàn bạn được sửa."));
		assertThat(villages()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("huyen")
	void malformedFilesAreExplained() throws Exception {
		long before = villages();
		upload("ten,ma_xa\nThôn 1,23488\n").andExpect(Html.shows("Dòng đầu phải là ma_xa,ten,loai,hieu_luc_tu"));
		upload(new byte[] { 'm', 'a', '_', 'x', 'a', ',', (byte) 0xC3, (byte) 0x28, '\n' }).andExpect(Html.shows("không ở mã UTF-8"));
		upload("ma_xa,ten,loai,hieu_luc_tu\n23488,\"Thôn mở ngoặc,thôn,\n").andExpect(Html.shows("không đúng định dạng CSV"));
		upload(new byte[(int) VillageImport.MAX_BYTES + 1]).andExpect(Html.shows("Tệp lớn hơn 1 MB."));
		upload("ma_xa,ten,loai,hieu_luc_tu\n").andExpect(Html.shows("không có dòng dữ liệu nào"));
		assertThat(villages()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("lanhdao")
	void viewersCannotImport() throws Exception {
		long before = villages();
		upload("ma_xa,ten,loai,hieu_luc_tu\n23488,Thôn Lãnh Đạo,thôn,\n").andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/localities/villages/import"))
			.andExpect(status().isForbidden());
		assertThat(villages()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("admin")
	void aRowDatedBeforeItsCommuneExistedIsListed() throws Exception {
		long before = villages();
		mvc.perform(multipart("/localities/villages/import").file(new MockMultipartFile("file", "thon.csv", "text/csv",
				"ma_xa,ten,loai,hieu_luc_tu\n23497,Thôn Mới B,thôn,01/01/2020\n".getBytes(StandardCharsets.UTF_8)))
			.param("codesOn", "26/11/2026").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(Html.shows("trước ngày thành lập của xã"));
		assertThat(villages()).isEqualTo(before);
	}

}
