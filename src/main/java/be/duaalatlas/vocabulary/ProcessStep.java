package be.duaalatlas.vocabulary;

/** The steps of organising a dual programme, in process order. */
public enum ProcessStep {

	INFORM_ORIENT, CHOOSE_PROGRAMME, FIND_WORKPLACE, GET_RECOGNISED, TRAIN_MENTORS, SIGN_AGREEMENT, PREMIUMS, GUIDANCE,
	CERTIFICATION, PROBLEMS_EXIT

}
