package be.duaalatlas.service;

/** Ways to reach a service (organisational channels only). */
public enum ChannelKind {

	WEBSITE, EMAIL, PHONE, OFFICE, FORM

}
