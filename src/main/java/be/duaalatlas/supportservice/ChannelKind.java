package be.duaalatlas.supportservice;

/** Ways to reach a service (organisational channels only). */
public enum ChannelKind {

	WEBSITE, EMAIL, PHONE, OFFICE, FORM

}
