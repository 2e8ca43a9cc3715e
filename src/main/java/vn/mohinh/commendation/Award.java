package vn.mohinh.commendation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue entries: forms of reward (Luật Thi đua, khen thưởng: Huân chương … Giấy khen) and the
 * emulation titles used at the grassroots. Each belongs to exactly one {@link AwardCategory}.
 */
public enum Award {

	HUAN_CHUONG(AwardCategory.FORM),
	HUY_CHUONG(AwardCategory.FORM),
	KY_NIEM_CHUONG(AwardCategory.FORM),
	BANG_KHEN(AwardCategory.FORM),
	GIAY_KHEN(AwardCategory.FORM),
	CHIEN_SI_THI_DUA_CO_SO(AwardCategory.TITLE),
	LAO_DONG_TIEN_TIEN(AwardCategory.TITLE),
	TAP_THE_LAO_DONG_TIEN_TIEN(AwardCategory.TITLE),
	TAP_THE_LAO_DONG_XUAT_SAC(AwardCategory.TITLE),
	KHU_DAN_CU_VAN_HOA(AwardCategory.TITLE),
	GIA_DINH_VAN_HOA(AwardCategory.TITLE);

	private final AwardCategory category;

	Award(AwardCategory category) {
		this.category = category;
	}

	public AwardCategory category() {
		return category;
	}

	public String messageKey() {
		return "commendation.award." + name();
	}

	public static List<Award> of(AwardCategory category) {
		return Arrays.stream(values()).filter(a -> a.category == category).toList();
	}

	static Optional<Award> parse(String code) {
		return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
	}

}
