/**
 * UN/LOCODEs of the seaports, airports and inland hubs Caravan knows without an import:
 * the world's busiest container ports and cargo airports, plus the gateways of every demo country.
 * `npm run import:locode` loads the full UNECE list on top of these.
 */
export const MAJOR_PORT_CODES: readonly string[] = [
  "AEAUH", "AEDXB", "AEJEA", "ARBUE", "AUBNE", "AUMEL", "AUSYD", "BDCGP", "BEANR", "BRRIG", "BRSAO", "BRSSZ",
  "CAMTR", "CAVAN", "CLSAI", "CLVAP", "CNCAN", "CNNGB", "CNPEK", "CNSGH", "CNSHA", "CNSZX", "CNTAO", "CNTXG", "CNXMN",
  "COCTG", "DEBRV", "DEFRA", "DEHAM", "DKAAR", "EETLL", "EGALY", "EGPSD", "ESALG", "ESBCN", "ESMAD", "ESVLC",
  "FIHEL", "FRLEH", "FRMRS", "FRPAR", "GBFXT", "GBLON", "GBSOU", "GHTEM", "GRPIR", "HKHKG", "IDJKT", "IDSUB",
  "IDTPP", "ILASH", "ILHFA", "ILTLV", "INDEL", "INMAA", "INMUN", "INNSA", "ITGIT", "ITGOA", "ITMIL", "JPKOB",
  "JPNGO", "JPOSA", "JPTYO", "JPYOK", "KEMBA", "KRINC", "KRPUS", "KRSEL", "LKCMB", "LTKLJ", "LVRIX", "MAPTM",
  "MXMEX", "MXVER", "MXZLO", "MYKUL", "MYPEN", "MYPKG", "MYTPP", "NGAPP", "NGLOS", "NLRTM", "NOOSL", "NZAKL",
  "OMSLL", "OMSOH", "PABLB", "PECLL", "PHMNL", "PKKHI", "PLGDN", "PLGDY", "PLSZZ", "PLWAW", "PTLIS", "PTSIE",
  "QAHMD", "RUKGD", "RULED", "RUMOW", "RUNVS", "RUVVO", "RWKGL", "SADMM", "SAJED", "SARUH", "SEGOT", "SGSIN",
  "THBKK", "THLCH", "TRIST", "TRMER", "TWKHH", "TZDAR", "UAODS", "USCHI", "USHOU", "USLAX", "USLGB", "USNYC",
  "USSAV", "USSEA", "VNHPH", "VNSGN", "ZACPT", "ZADUR", "ZAJNB",
];
