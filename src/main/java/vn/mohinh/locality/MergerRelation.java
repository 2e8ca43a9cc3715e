package vn.mohinh.locality;

/** Whether an old unit went whole into a new one, or only part of it. */
public enum MergerRelation { FULL, PARTIAL }
