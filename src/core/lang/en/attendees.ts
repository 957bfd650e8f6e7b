import type { AttendeeLanguageCues } from '../attendee-cue-types';
import { metadata } from './metadata';

// A short stretch inside one clause ("signed at a ceremony in Ben Tre City by").
const SPAN = '(?: [^,;:.“”"]{1,60}?)?';
// What two sides hold: "talks", "a bilateral meeting", "phone talks", "a video call".
const MEETING = '(?:(?:bilateral|phone|telephone|video|virtual|online|closed-door|private|separate|working|high-level|' +
  'courtesy|official|formal|informal|trilateral) ){0,2}(?:talks|meetings?|call|discussions|consultations|conversation|dialogue)';
const AUDIENCE =
  '(?:committee|council|board|commission|meeting|hearing|panel|audience|assembly|conference|gathering|delegates|' +
  'court|inquiry|tribunal|senators|MPs|councillors|graduates|shareholders|chamber|house|parliament|new citizens|' +
  'delegation|members|forum|summit|crowd|session|lawmakers|legislators|senators|ceremony|participants|guests|' +
  // Chambers by their own names ("told the Dáil", "told the Lok Sabha").
  'dáil|dail|seanad|lok sabha|rajya sabha|vidhan sabha|dewan rakyat|dewan negeri|storting|knesset|majlis|congregation|rally|marchers|mourners|' +
  'room|ballroom|hall|graduates|recruits|parade|synod|congress|launch)';

export const en: AttendeeLanguageCues = {
  lang: 'en',
  honorifics: ['Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Miss', 'Mx', 'Mx.', 'Dr', 'Dr.', 'H.E.', 'HE', 'His Excellency',
    'Her Excellency', 'Sir', 'Dame', 'Prof.', 'Prof', 'Lord', 'Lady', 'Hon.', 'Shri', 'Smt.', 'Smt', 'Shrimati', 'Sushri', 'Datuk',
    'Dato', 'Tan Sri', 'Pak', 'Ibu', 'Khun', 'Baroness', 'Baron', 'Thiru', 'Tmt.', 'Hajiya', 'Alhaji', 'Madam', 'Aunty',
    'Datuk Seri', 'Dato\' Seri', 'Tun', 'Hon', 'Rt Hon', 'Rt. Hon.', 'Most Hon.', 'Most Hon', 'Most Honourable',
    'Right Honourable', 'Honourable', 'Honorable', 'His Excellency the', 'Her Excellency the', 'Jnr',
    // Religious, Fijian, Malay and Nigerian forms of address and courtesy ("Ratu", "Adi", "Haji", "Barr.", "Engr.").
    'Reverend', 'Rev.', 'Rev', 'Revd', 'The Reverend', 'Very Reverend', 'Most Reverend', 'Right Reverend', 'Rt Rev.',
    'Dr the Hon.', 'Dr. the Hon.', 'Rt Rev', 'Rt. Rev.', 'Very Rev.', 'Most Rev.', 'Fr.', 'Fr', 'Father', 'The Venerable', 'Venerable', 'Ven.', 'Very Revd', 'Canon', 'Monsignor', 'Msgr.', 'Ratu', 'Adi', 'Haji', 'Hajjah',
    'Alh.', 'Alh', 'Maulana', 'Mufti', 'Barr.', 'Barr', 'Engr.', 'Engr', 'Puan', 'Encik', 'Tuan', 'Cik', 'Bapak', 'Mrs', 'Mallam', 'Malam'],
  middleNames: [],
  surnames: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo',
    'Duong', 'Ly', 'Lai', 'Luong', 'Trinh', 'Dinh', 'Mai', 'Ta', 'Ton', 'Luu', 'Dao', 'Doan', 'Vuong', 'Truong',
    'Ha', 'Cao', 'Chu', 'Thai', 'Lam', 'Quach', 'Khong', 'Tu', 'Tang', 'Kieu', 'Mac', 'Chau', 'Dam', 'Giang',
    'Phung', 'Nong', 'Trieu', 'Thach', 'Nghiem', 'Kha', 'Lo', 'Quan', 'To', 'Tong', 'Uong',
    // As Vietnamese names are printed in English text that keeps the diacritics.
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
    'Lại', 'Lương', 'Trịnh', 'Đinh', 'Tạ', 'Tôn', 'Lưu', 'Đào', 'Đoàn', 'Vương', 'Trương', 'Hà', 'Thái', 'Lâm',
    'Quách', 'Khổng', 'Từ', 'Tăng', 'Kiều', 'Mạc', 'Châu', 'Đàm', 'Phùng', 'Nông', 'Triệu', 'Thạch', 'Nghiêm',
    'Lò', 'Tô', 'Tống', 'Uông'],
  roleRefOpeners: ['the'],
  requireSurname: false,
  nameParticles: ['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'bin', 'binti',
    'al', 'el', 'ter', 'ten', 'dos', 'das', 'y', 'ibn', 'mac', 'dela', 'delos'],
  openers: [
    'The', 'A', 'An', 'On', 'In', 'At', 'During', 'After', 'Before', 'Also', 'And', 'But', 'When', 'While', 'This',
    'That', 'These', 'Those', 'His', 'Her', 'Their', 'Our', 'Its', 'It', 'He', 'She', 'They', 'We', 'I', 'If',
    'As', 'By', 'For', 'From', 'With', 'Under', 'Over', 'Since', 'Speaking', 'Addressing', 'Testifying', 'Present',
    'Visiting', 'Outgoing', 'Incoming', 'Departing', 'Seconded', 'Moved', 'Carried', 'Absent', 'Apologies', 'Presiding',
    'Attending', 'Among', 'About', 'According', 'Photo', 'Photos', 'Credit', 'Source', 'Read', 'More', 'Related',
    // April, May, June and August are given names too.
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
    'July', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
    'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ],
  notNameWords: [
    'City', 'Council', 'County', 'State', 'Street', 'Avenue', 'Road', 'Boulevard', 'Library', 'Committee',
    'Commission', 'Province', 'Department', 'Initiative', 'Association', 'Ministry', 'University', 'College',
    'Center', 'Centre', 'Company', 'Corp', 'Corporation', 'Inc', 'Ltd', 'LLC', 'Group', 'Bank', 'Agency', 'Office',
    'Board', 'School', 'Hospital', 'Church', 'Party', 'Court', 'Union', 'Foundation', 'Institute', 'Fund',
    'Building', 'District', 'River', 'Act', 'Award', 'Awards', 'Development', 'Affairs', 'Services',
    'Resources', 'Security', 'Defense', 'Defence', 'Health', 'Education', 'Agriculture', 'Justice', 'Environment',
    'Transportation', 'Commerce', 'Finance', 'Planning', 'Works', 'Safety', 'Sanitation', 'Supply', 'Water',
    'Energy', 'Climate', 'Change', 'Airlines', 'Airways', 'Air', 'Market', 'Logistics', 'Embassy', 'Kingdom',
    'Republic', 'Partnership', 'Dialogue', 'Summit', 'Forum', 'Conference', 'Meeting', 'Ceremony', 'Senate',
    'House', 'Assembly', 'Parliament', 'Congress', 'Government', 'Administration', 'Authority', 'Network', 'News',
    'Times', 'Ledger', 'Service', 'Weather', 'National', 'International', 'Federal', 'Pharmaceuticals',
    'Neighborhood', 'Heights', 'Mall', 'Site', 'People', 'People\'s', 'Emperor', 'Majesty', 'Highness',
    'Vietnam', 'Australia', 'Japan', 'China', 'America', 'United', 'Kingdom', 'Netherlands', 'Academy', 'Society',
    'Mining', 'Securities', 'Research', 'Holdings', 'Partners', 'Capital', 'Trust', 'Homes', 'Networks',
    'Systems', 'Technologies', 'Media', 'Insurance', 'Motors', 'Foods', 'Consulting', 'Solutions', 'Industries',
    'Enterprises', 'Ventures', 'Properties', 'Investments', 'Communications', 'Railways', 'Shipping', 'Steel',
    'Electric', 'Chemicals', 'Laboratories', 'Studios', 'Press', 'Herald', 'Tribune', 'Gazette', 'Journal',
    'Courier', 'Radio', 'Television', 'Bureau', 'Secretariat', 'Directorate', 'Division', 'Command', 'Brigade', 'Battalion', 'Regiment', 'Squadron', 'Fleet', 'Caucus', 'Guild', 'Cooperative', 'Consortium', 'Club', 'League', 'Federation', 'Alliance', 'Coalition', 'Quality',
    'Reserve', 'Treasury', 'Exchange', 'Parkway', 'Centre', 'Plaza', 'Park', 'Bakery', 'Farms', 'Clinic',
    'Service', 'Community', 'Investigations', 'Empowerment', 'Economy', 'Sports', 'Tourism', 'Trade', 'Industry',
    'Relations', 'Chamber', 'Commerce', 'Zone', 'Cooperatives', 'Forestry', 'Fisheries', 'Welfare', 'Revenue', 'Police', 'Highways', 'Roads',
    'Infrastructure', 'Sector', 'Sectors', 'Housing', 'Labour', 'Labor', 'Employment', 'Close', 'Lane', 'Aid', 'Asia', 'Europe', 'Africa',
    // The fields a portfolio ends with ("Deputy Director General for Operations Ana Liza Tolentino").
    'Operations', 'Management', 'Policy', 'Strategy', 'Budget', 'Legislation', 'Compliance', 'Enforcement',
    'Intelligence', 'Investigation', 'Customs', 'Immigration', 'Procurement', 'Marketing', 'Engineering', 'Technology',
    'Innovation', 'Programs', 'Programmes', 'Corrections', 'Statistics', 'Audit',
  ],
  placePrefixes: [],
  titlePlacePrefixes: [],
  placeNames: ['Viet Nam', 'Việt Nam', 'Ho Chi Minh', 'Ha Noi', 'Ha Long', 'Binh Duong', 'Ben Tre', 'Da Nang', 'Can Tho', 'Hai Phong'],
  roleHeads: [
    // At most three modifiers ("Acting Deputy Assistant Secretary"): an unbounded run of them was read again from
    // each of its words ("vice vice vice …" made every search quadratic).
    '(?:(?:vice|deputy|assistant|acting|interim|former|associate|executive|senior|chief|general|co-?)[- ]){0,3}(?:' + [
      'mayor', 'councilmember', 'councillor', 'councilor', 'cllr', 'councilwoman', 'councilman', 'council member', 'council president', 'alderman',
      'alderwoman', 'supervisor', 'minister', 'prime minister', 'secretary', 'senator', 'sen\\.', 'rep\\.',
      'representative', 'congressman', 'congresswoman', 'assemblymember', 'assemblyman', 'assemblywoman',
      'governor', 'gov\\.', 'lt\\. gov\\.', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director',
      'manager', 'ambassador', 'commissioner', 'judge', 'justice', 'chief', 'superintendent', 'administrator',
      'premier', 'treasurer', 'clerk', 'attorney', 'attorney general', 'attorney-general', 'solicitor-general',
      'solicitor general', 'governor-general', 'governor general', 'director-general', 'director general',
      'auditor-general', 'auditor general', 'surgeon general', 'surgeon-general', 'counsel', 'sheriff', 'officer', 'general',
      'gen\\.', 'colonel', 'col\\.', 'captain', 'capt\\.', 'lieutenant', 'lt\\.', 'sergeant', 'sgt\\.', 'admiral',
      'adm\\.', 'major', 'professor', 'chancellor', 'vice-chancellor', 'dean', 'provost', 'principal', 'speaker',
      'trustee', 'delegate', 'consul', 'consul general', 'envoy', 'pastor', 'bishop', 'rabbi', 'imam', 'ceo', 'cfo',
      'coo', 'cto', 'founder', 'co-founder', 'head', 'executive', 'spokesperson', 'spokesman', 'spokeswoman',
      'coordinator', 'analyst', 'economist', 'scientist', 'researcher', 'engineer', 'physician', 'nurse',
      'magistrate', 'coroner', 'barrister', 'solicitor', 'prosecutor', 'lawyer', 'nominee', 'elder', 'firefighter',
      'lieutenant-general', 'major-general', 'lieutenant-governor', 'lieutenant governor', 'brigadier-general', 'brigadier', 'collector', 'moderator',
      'member', 'leader', 'owner', 'deputy', 'mp', 'mla', 'mep', 'msp', 'td', 'mca', 'mpp', 'mpa', 'mna', 'mhk', 'activist', 'undersecretary', 'under-secretary',
      'secretary-general', 'deputy speaker', 'majority leader', 'minority leader', 'lord mayor', 'mayor pro tem', 'mayor pro tempore', 'president pro tem', 'president pro tempore', 'speaker pro tempore', 'partner', 'editor', 'adviser', 'advisor', 'aide', 'lawmaker', 'commander',
      'inspector', 'whip', 'vice chairman', 'controller', 'comptroller', 'auditor', 'registrar', 'archivist',
      'librarian', 'curator', 'abutter', 'inspector-general', 'organizer', 'organiser', 'volunteer', 'resident', 'teacher', 'student', 'farmer',
      'coun\\.', 'cr', 'cathaoirleach', 'menteri besar', 'anchor', 'topper', 'poet', 'novelist', 'valedictorian',
      'salutatorian', 'retiree', 'critic', 'minister-designate', 'marshal', 'coach', 'pathologist', 'advocate',
      'counterpart', 'lobbyist', 'pediatrician', 'paediatrician', 'cardiologist', 'surgeon', 'journalist', 'reporter',
      'broadcaster', 'banker', 'accountant', 'architect', 'planner', 'teammate', 'classmate', 'colleague',
      'presenter', 'host', 'publisher', 'archbishop', 'cardinal', 'nuncio', 'counsellor', 'counselor', 'minister-counsellor', 'minister-counselor', 'apostolic nuncio', 'patriarch', 'vicar', 'priest', 'chaplain', 'deacon', 'archdeacon', 'abbot', 'negotiator',
      // Abbreviated titles and ranks as printed with their stop, police ranks of several countries, and the
      // occupations reporters put before a resident's name ("Shopkeeper Lin Zhao").
      'cllr\\.', 'cr\\.', 'supt\\.?', 'insp\\.?', 'det\\.? (?:insp|supt|sgt|con|chief insp)\\.?', 'maj\\.', 'brig\\.',
      'cdr\\.?', 'cmdr\\.?', 'commr\\.?', 'acp', 'dcp', 'igp', 'aig', 'dig', 'dsp', 'asp', 'sp', 'oba', 'emir', 'sultan',
      'chieftain', 'headman', 'shopkeeper', 'trader', 'vendor', 'businessman', 'businesswoman', 'homeowner', 'landlord',
      'tenant', 'pensioner', 'entrepreneur', 'campaigner', 'historian', 'author', 'writer', 'artist', 'musician',
      'engineer-in-chief', 'chief engineer', 'secretary-treasurer', 'taoiseach', 'tánaiste', 'tanaiste', 'ceann comhairle',
      'cec', 'ps', 'dg', 'mec', 'usec', 'asec', 'dc', 'adc', 'sdm', 'bdo', 'sdo', 'tehsildar', 'naib tehsildar', 'deputy collector', 'district magistrate', 'cmo', 'dfo', 'selectman', 'selectwoman', 'freeholder', 'legislator',
      // Australian and Indian upper houses' members; a church's warden; a parent speaking at a school meeting.
      'mlc', 'mhr', 'mha', 'churchwarden', 'parent', 'rector', 'curate', 'verger',
    // "Bishop Emeritus X", "Professor Emerita Y": the office's retired holder; the word is the title's, not the name's.
    ].join('|') + ')(?: emerit(?:us|a))?',
  ],
  roleHeadWindow: 4,
  roleExtendsLeft: true,
  roleLeftWords: ['state', 'mayoral', 'former', 'retired', 'acting', 'interim', 'alternate', 'city', 'county', 'federal', 'independent', 'non-executive',
    'executive', 'senior', 'chief', 'financial', 'operating', 'technology', 'managing', 'general', 'deputy',
    'assistant', 'vice', 'associate', 'network', 'police', 'district', 'regional', 'national', 'student', 'board',
    'committee', 'council', 'volunteer', 'shareholder', 'public', 'works', 'medical', 'legal', 'head', 'party',
    'opposition', 'government', 'principal', 'lead', 'founding', 'managing', 'programme', 'program', 'project', 'club', 'union', 'association', 'team', 'ranking', 'minority', 'majority', 'co-founding', 'honorary', 'elected', 'appointed', 'caretaker',
    // The field or unit a title belongs to, written before it in lowercase ("ward councillor", "brigade captain").
    'ward', 'brigade', 'branch', 'area', 'local', 'community', 'station', 'fire', 'health', 'education', 'finance',
    'planning', 'housing', 'transport', 'parish', 'diocesan', 'youth', 'campaign', 'site', 'store', 'plant', 'school',
    'hospital', 'clinical', 'nursing', 'provincial', 'municipal', 'divisional', 'zonal', 'circle', 'constituency', 'town',
    'permanent', 'joint', 'first', 'second', 'third', 'central', 'bank', 'radio', 'breakfast', 'chamber', 'foundation', 'federation', 'technical', 'organising', 'organizing', 'cabinet', 'additional', 'special', 'private', 'parliamentary', 'press', 'labor', 'labour', 'union'],
  rolePluralSuffix: 's',
  orgNameJoiners: ['of', 'for'],
  irregularPluralHeads: { secretaries: 'secretary', deputies: 'deputy', undersecretaries: 'undersecretary',
    'under-secretaries': 'under-secretary', aldermen: 'alderman', alderwomen: 'alderwoman', councilmen: 'councilman',
    councilwomen: 'councilwoman', congressmen: 'congressman', congresswomen: 'congresswoman', assemblymen: 'assemblyman',
    assemblywomen: 'assemblywoman', chairmen: 'chairman', chairwomen: 'chairwoman', selectmen: 'selectman',
    selectwomen: 'selectwoman', businessmen: 'businessman', businesswomen: 'businesswoman', headmen: 'headman' },
  pluralOpeners: [],
  roleCommaContinues: false,
  roleInnerWords: ['of', 'for', 'and', 'to', 'the', 'on', 'in', 'at', '&'],
  roleStops: ['who', 'whose', 'which', 'that', 'said', 'says', 'told', 'was', 'were', 'is', 'are', 'has', 'had'],
  connectors: ['and', 'as well as', 'along with', 'together with', 'plus'],
  // With the participles that open an aside about the person just named ("X, representing the developer, said").
  relativePronouns: ['who', 'whose', 'which', 'representing', 'speaking', 'sitting', 'appearing', 'acting',
    'accompanied', 'flanked', 'standing', 'wearing', 'holding', 'arguing', 'testifying', 'receiving'],
  gapFillers: ['also', 'then', 'later', 'further', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'who',
    'whose', 'not', 'did', 'briefly', 'personally', 'again', 'first', 'jointly', 'twice', 'repeatedly',
    'currently', 'physically', 'virtually', 'formally', 'officially', 'subsequently', 'eventually', 'finally', 'now',
    // When, between subject and verb ("X on Monday led …").
    'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'Monday',
    'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'yesterday', 'today', 'morning', 'afternoon',
    'evening', 'night'],
  tenureWords: ['visiting', 'outgoing', 'incoming', 'departing', 'newly appointed', 'newly elected', 'new'],
  originWords: ['of', 'from'],
  companions: ['with', 'along with', 'together with', 'alongside'],
  passiveAgents: ['by'],
  verbAdverbs: '\\p{L}+ly|also|then|later|later on',
  pluperfectAuxiliaries: ['had been', 'had already been', 'had not been'],
  passiveAuxiliaries: ['been', 'was', 'were', 'is', 'are', 'be', 'being', 'get', 'got', 'gets', 'getting'],
  // KC, SC, QC, IPS, OBE, MBE: capitals only, two to four.
  postnominal: '\\p{Lu}{2,4}',
  future: ['will', 'is set to', 'are set to', 'is expected to', 'are expected to', 'is due to', 'are due to', 'is scheduled to', 'are scheduled to',
    'will be invited to', 'has been invited to'],
  roleArticles: ['a', 'an', 'the'],
  apposedDeterminers: ['his', 'her', 'their', 'its'],
  chairRoles: ['committee chair', 'committee chairwoman', 'committee chairman', 'committee chairperson', 'subcommittee chair',
    'subcommittee chairman', 'subcommittee chairwoman', 'panel chair', 'inquiry chair', "committee's chair", "committee's chairman", 'chair of the committee',
    'chairman of the committee', 'commission chair', 'commission chairman', 'commission chairwoman', 'commission chairperson', 'presiding officer', "council's presiding officer", 'presiding judge', 'Cathaoirleach'],
  // "met Tuesday with Supervisors A and B": the time between the verb and its "with" is no list item.
  listLeadIns: ['the following\\s*:?', 'among them', ',? among others,?',
    `(?:on )?(?:${metadata.weekdays.filter((d) => d.length > 4).join('|')}|today|yesterday|tonight|last night|this (?:morning|afternoon|evening|week))(?: (?:morning|afternoon|evening|night))?,? with`],
  groupHeads: ['representatives', 'leaders', 'members', 'officials', 'officers', 'staff', 'delegates',
    'delegation', 'delegations', 'residents', 'students', 'parents', 'employees', 'volunteers', 'executives',
    'ambassadors', 'diplomats', 'lawmakers', 'dignitaries', 'guests', 'experts', 'scholars', 'researchers',
    'teachers', 'farmers', 'community leaders', 'business leaders', 'supporters', 'families', 'survivors',
    'veterans', 'workers', 'partners', 'donors', 'citizens', 'ministers', 'governors', 'senators', 'councillors',
    'councilmembers', 'mayors', 'commissioners', 'directors', 'trustees', 'engineers', 'chief engineers',
    'senior officials', 'senior officers', 'top officials', 'district officials', 'heads of department',
    'heads of departments', 'department heads', 'secretaries', 'deputy commissioners', 'officers-in-charge'],
  groupNouns: ['residents', 'students', 'parents', 'employees', 'volunteers', 'ambassadors', 'diplomats',
    'lawmakers', 'dignitaries', 'guests', 'experts', 'scholars', 'researchers', 'teachers', 'farmers', 'supporters',
    'families', 'survivors', 'veterans', 'workers', 'donors', 'citizens', 'staff'],
  quantity: '(?:(?:about|some|more than|nearly|over|around|roughly|almost|at least|several|dozens of|hundreds of|' +
    'thousands of|a few|many|other|all|a|an)\\s+)*(?:(?:[\\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|' +
    'twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|' +
    'two dozen|three dozen|a hundred|a handful of)\\s+)?(?:other\\s+)?',
  speechLineVerb: 'said',
  kinNouns: ['husband', 'wife', 'son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'brother', 'sister',
    'father', 'mother', 'grandfather', 'grandmother', 'widow', 'widower', 'cousin', 'uncle', 'aunt', 'stepson',
    'stepdaughter', 'son-in-law', 'daughter-in-law', 'brother-in-law', 'sister-in-law', 'great-grandson',
    'great-granddaughter', 'children', 'sons', 'daughters', 'grandsons', 'granddaughters', 'friend', 'partner', 'fiancé', 'fiancée'],
  requestObjectEnd: ',? to \\p{Ll}',
  chairTitles: ['chair', 'chairperson', 'chairman', 'chairwoman', 'presiding officer', 'presiding member', 'convener',
    'convenor', 'committee chair', 'committee chairman', 'committee chairperson'],
  rosterLabels: [
    { part: 'attendee', labels: ['present', 'members present', 'also present', 'others present', 'councillors present',
      'councilors present', 'trustees present', 'directors present', 'officers present', 'staff present',
      'in attendance', 'also in attendance', 'attendance', 'attending', 'also attending', 'by invitation', 'staff',
      'officials', 'officers', 'councillors', 'councilors', 'council members', 'councilmembers', 'trustees',
      'directors', 'board members', 'commissioners', 'members', 'committee members', 'guests', 'delegates', 'attendees',
      'participants', 'panelists', 'panellists', 'representatives', 'invitees', 'in the chair and present'] },
    { part: 'chair', labels: ['presiding', 'chair', 'chairperson', 'chairman', 'chairwoman', 'in the chair',
      'presiding officer', 'chaired by'] },
    { part: 'speaker', labels: ['presenter', 'presenters', 'speaker', 'speakers', 'presenting', 'guest speaker',
      'guest speakers', 'panel'] },
    { part: 'absent', labels: ['absent', 'members absent', 'also absent', 'apologies', 'apologies for absence',
      'regrets', 'excused', 'absent with apologies', 'not present'] },
  ],
  cues: [
    // chair
    // Not the make-up of a standing body ("The committee is chaired by X").
    { part: 'chair', dir: 'list', pattern: '(?:co-)?chaired by(?<!(?:is|are) (?:co-)?chaired by)' },
    // "called to order at 7 p.m. by Mayor X": the hour's stops end no clause.
    { part: 'chair', dir: 'list', pattern: `called to order(?: at [\\d:.]+ ?(?:a\\.m\\.|p\\.m\\.|am|pm)?)?${SPAN} by` },
    { part: 'chair', dir: 'prev', pattern: 'called the (?:[^ ,;]+ ){0,3}?(?:meeting|session|hearing|sitting|council|board|assembly) to order' },
    { part: 'chair', dir: 'list', pattern: 'presided over by' },
    { part: 'chair', dir: 'list', pattern: 'under the (?:co-)?chairmanship of' },
    // "who also chairs the liaison committee" is another office held ("who chairs the committee" is this one).
    { part: 'chair', dir: 'prev', pattern: '(?:co-)?chaired(?! by)' },
    { part: 'chair', dir: 'prev', standing: true, pattern: '(?:co-)?chairs(?<!who also (?:co-)?chairs)(?! by)' },
    { part: 'chair', dir: 'prev', pattern: '(?:convened|called to order|gavel(?:l)?ed in) the (?:meeting|session|hearing|markup|sitting|plenary|debate|proceedings)' },
    { part: 'chair', dir: 'prev', pattern: 'gavel(?:l)?ed the (?:[^ ,;]+ ){0,3}?(?:meeting|session|hearing|markup|sitting) (?:to order|open)' },
    { part: 'chair', dir: 'prev', pattern: 'kept order' },
    { part: 'chair', dir: 'prev', pattern: '(?:closed|adjourned|suspended) the (?:meeting|session|hearing|sitting|proceedings|debate)' },
    // A court: "was sentenced at Swindon Crown Court on Friday by Judge X".
    { part: 'chair', dir: 'list', pattern: `(?:sentenced|jailed|remanded)${SPAN} by` },
    { part: 'chair', dir: 'prev', pattern: '(?:led|leads|ran|runs) (?:the|a)(?: [a-z-]{1,20}){0,2} (?:meeting|session|hearing|talks|discussion)' },
    // Not the title "presiding officer" / "presiding judge", which chairRoles read.
    { part: 'chair', dir: 'prev', pattern: '(?:is |was )?presid(?:es|ing)(?! officer| judge| member)(?: over)?' },
    { part: 'chair', dir: 'list', pattern: '(?:moderated|convened|hosted) by' },
    // A district or ministry review (South Asian press): "reviewed the progress of the schemes with officials".
    { part: 'chair', dir: 'prev', peopleOnly: true,
      pattern: `(?:reviewed|reviews|took stock of)${SPAN} with (?:the )?(?:[a-z-]+ ){0,2}(?:officials|officers|heads of departments|department heads|collectors|stakeholders|engineers)` },
    { part: 'chair', dir: 'prev', pattern: 'presided(?: over)?' },
    { part: 'chair', dir: 'prev', pattern: 'co-presided' },
    // Records print "the Chair" capitalised, and in square brackets ("[The Speaker (Hon. X) in the Chair]"); the
    // capital is in the pattern because the role stop built from it is case-sensitive.
    { part: 'chair', dir: 'prev', pattern: '(?:was|is) in the [Cc]hair|\\(in the [Cc]hair\\)|in the [Cc]hair(?=[,.;\\]]|$)' },
    // A sitting's record: "The SPEAKER (Hon. X) took the chair at 9.30 am" (not taking over a body's chair).
    { part: 'chair', dir: 'prev', pattern: 'took the [Cc]hair(?! of)' },
    // present
    // Not "Trustee X attended by phone": the means, not the passive's agent.
    { part: 'attendee', dir: 'list', pattern: '(?:was |were )?(?:also )?attended by(?! (?:phone|telephone|video|zoom|teleconference|videoconference|conference call))' },
    { part: 'attendee', dir: 'list', pattern: '(?:also )?present (?:were|was|included)' },
    { part: 'attendee', dir: 'list',
      // "Also present at the ceremony, which began at 8pm, were …": an aside about the event may stand before the verb.
      pattern: '(?:also )?(?:attending|present|in attendance)(?: (?:at|in) (?:the|both|all|each|these|those|this|that|today[\'’]s) [^,;:.“”"]{1,40}?| the [a-z-]+(?: [a-z-]+)?)(?:, [^,;:.“”"]{1,60},)? (?:were|was|included)' },
    { part: 'attendee', dir: 'list', pattern: 'among the [a-z-]+(?: [a-z-]+)? (?:were|was)' },
    // "Among the 200 people who packed the hall were A, B and C".
    { part: 'attendee', dir: 'list',
      pattern: 'among (?:the )?(?:\\d[\\d,]* |[a-z]+ )?(?:people|guests|those|attendees|mourners|crowd|audience|spectators|delegates|dignitaries|visitors)(?: who| that)? [^,;:.“”"]{0,60}? (?:were|was)' },
    { part: 'attendee', dir: 'list', pattern: '(?:guests|dignitaries|attendees|invitees|those present|those attending|those sworn in|mourners|pallbearers|pall-bearers|spectators) (?:included|include|were)' },
    // "Those who attended the swearing-in included A and B".
    { part: 'attendee', dir: 'list', pattern: '(?:those|people|others|guests|dignitaries) (?:who|that) (?:attended|witnessed|joined|were at)(?: [^,;:.“”"]{1,50}?)? (?:included|include|were)' },
    // "Behind them sat A and B", "Beside her stood C".
    { part: 'attendee', dir: 'list', peopleOnly: true,
      pattern: '(?:behind|beside|alongside|next to|in front of) (?:them|him|her) (?:sat|stood|were|was)' },
    // Who led or celebrated a service presides over it: "The service was led by the Dean, the Very Rev X".
    // (Not "the funeral prayer was led by": leading a prayer is speech, below.)
    { part: 'chair', dir: 'list', pattern: `(?:service|mass|funeral(?! prayers?)|requiem|liturgy|worship|memorial|ceremony)${SPAN} (?:was|were) (?:led|conducted|officiated|celebrated|presided over) by` },
    // "an inquest in Wakefield, conducted by area coroner X, heard"; "Presiding was Maj. Gen. X".
    { part: 'chair', dir: 'list', pattern: `(?:inquest|hearing|inquiry|tribunal|sitting|parade|review|ceremony|court)${SPAN},? (?:conducted|held|presided over|led) by` },
    { part: 'chair', dir: 'list', pattern: '^presiding (?:was|were)|(?:, |^)presiding over (?:it|the [a-z-]+) (?:was|were)' },
    // "took command of the brigade from Col. X": both officers are at the change of command.
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true, pattern: '(?:took|assumed|relinquished|handed over) command(?: of [^,;:.“”"]{1,60}?)? (?:from|to)' },
    { part: 'chair', dir: 'prev', peopleOnly: true,
      pattern: '(?:celebrated|officiated at|officiated|conducted|presided at) the (?:[a-z-]+ ){0,2}?(?:mass|service|funeral|liturgy|requiem|ceremony|wedding|rites|committal)' },
    // A service's or a ceremony's seating: "The front row was made up of A, B and C".
    { part: 'attendee', dir: 'list',
      pattern: '(?:front rows?|front pews?|first pew|top table|head table|official party|platform party|guard of honou?r) (?:was|were) (?:made up of|occupied by|filled by|taken by|formed by|composed of)' },
    // Captions in the present: "With her in the photo are (from left) A, B", "Among those behind them are A and B".
    { part: 'attendee', dir: 'list',
      pattern: '(?:with (?:him|her|them) (?:in the (?:photo|picture) |at the [a-z-]+ )?(?:are|is)|among those (?:[a-z-]+ ){0,3}?(?:are|is))(?: \\((?:from )?(?:left|l-r|right)[^)]{0,20}\\))?' },
    { part: 'attendee', dir: 'list', pattern: '(?:taking|took|takes|take) the oath(?: of office)? from' },
    { part: 'attendee', dir: 'list', pattern: `signing of${SPAN} by` },
    // A panel's members speak on it ("The panel … featured A, B and C").
    { part: 'attendee', dir: 'list', also: ['speaker'], peopleOnly: true, pattern: 'featured(?<=(?:panel|session|debate|forum)[^.;]{0,80})' },
    { part: 'attendee', dir: 'list',
      pattern: '(?:those|ministers|officials|members|guests|delegates|others) (?:present )?(?:at|in) the (?:[a-z-]+ ){0,2}?(?:meeting|chambers?|session|talks|ceremony|event|sitting|hearing) (?:include|includes|included|were)' },
    { part: 'attendee', dir: 'list', pattern: '(?:also )?(?:attending|in attendance) (?:were|was|included)' },
    { part: 'attendee', dir: 'list', pattern: 'among those (?:present|attending|in attendance) were' },
    { part: 'attendee', dir: 'list', pattern: 'in the presence of' },
    // The literal comes first and the look-behind after it, so the look-behind runs only where it matched.
    { part: 'attendee', dir: 'list', pattern: '(?:also )?(?:included|includes|include)(?<=delegation[^.;]{0,80})' },
    // A panel's members speak: "The panel, moderated by X, included A, B and C".
    { part: 'attendee', dir: 'list', also: ['speaker'], peopleOnly: true,
      pattern: '(?:included|includes|comprised)(?<=(?:panel|panellists|panelists|line-up|lineup)[^.;]{0,80}(?:included|includes|comprised))' },
    // A press conference's transcript introduces who is on the stage: "I'd like to introduce everybody on the stage:
    // A, police chief; B, district attorney", "Joining me today are A and B".
    { part: 'attendee', dir: 'list', peopleOnly: true,
      pattern: 'introduce (?:everybody|everyone|the people|our panel|the panel|my colleagues)(?: [a-z]+){0,4} ?:|' +
        '(?:joining|with) (?:me|us)(?: (?:today|here|tonight|this morning|this afternoon|on (?:the )?(?:stage|podium)))? (?:are|is)' },
    // "Joining the mayor on stage were A and B", "Flanking her were …".
    { part: 'attendee', dir: 'list',
      pattern: '(?:joining|accompanying|flanking) (?:him|her|them|the [a-z-]+(?: [a-z-]+)?)(?: (?:on|at|in) (?:the )?[a-z-]+)? (?:were|was)' },
    // The one received or joined is there too ("Mrs Ellery was welcomed by Mayor X").
    { part: 'attendee', dir: 'list', subjectToo: true, pattern: `(?:joined|accompanied|received|welcomed|witnessed)${SPAN} by` },
    // "led by" is about a delegation only when one is named: a division "led by" its head is no event.
    { part: 'attendee', dir: 'list', pattern: '(?:led|headed) by(?<=(?:delegation|mission|team|delegates|contingent|visitors)[^.;]{0,80})' },
    { part: 'attendee', dir: 'list', pattern: `signed${SPAN} by` },
    { part: 'attendee', dir: 'list', pattern: 'attended were:?' },
    { part: 'attendee', dir: 'list', pattern: '(?:unveiled|inaugurated|launched|opened|officiated) by' },
    // The subject takes part as much as the people after the verb.
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true, pattern: `(?:was |were )?sworn in${SPAN} by` },
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true, pattern: `(?:held|hold|holds) (?:a |an )?${MEETING}${SPAN} with` },
    // "held his first review meeting with district collectors": the holder's own meeting, with a word or two before it.
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true,
      pattern: `(?:held|hold|holds|chaired|convened) (?:a|an|his|her|their|its|the) (?:[a-z-]+ ){0,3}?(?:meeting|session|consultation|talks)${SPAN} with` },
    // The holder of a press conference speaks at it.
    { part: 'speaker', dir: 'prev', event: true,
      pattern: '(?:held|holds|hold|gave|addressed|called) (?:a|an|his|her|their|the) (?:[a-z-]+ )?(?:press|news) (?:conference|briefing)' },
    // "received a courtesy call from", "received a visiting delegation from": host and visitor both take part.
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true,
      pattern: '(?:received|receives|receiving) (?:a |an )?(?:[a-z-]+ ){0,2}(?:call|visit|delegation) from' },
    // A service's prayers and sermon are spoken at it: "a prayer led by Pastor X", "the eulogy was given by Y".
    { part: 'speaker', dir: 'list', event: true,
      pattern: '(?:prayers?|invocation|benediction|sermon|homily|eulogy|eulogies|tributes?|vote of thanks|welcome address|keynote(?: address)?|speeches|remarks|readings?|lessons?|scripture|toast|(?:fraternal |solidarity |goodwill )?(?:greetings|messages?(?: of support)?))' +
        // (", which was led by": the prayer may be named first and its leader in a relative clause.)
        '(?:,? which)?(?: (?:was|were))? (?:led|given|offered|delivered|said|read|made|preached|proposed|moved) by|there were speeches (?:from|by)|speeches (?:from|by)|' +
        // A programme's items with no verb: "a welcoming address by X", "the presidential address by Y".
        '(?:welcom(?:e|ing)|opening|closing|presidential|keynote|inaugural|valedictory|farewell) (?:address|speech|remarks)(?: (?:was|were))?(?: (?:given|delivered|made|read))? by' },
    { part: 'speaker', dir: 'prev', event: true,
      pattern: '(?:preached|delivered|gave|read) the (?:sermon|homily|eulogy|benediction|invocation|blessing|vote of thanks|welcome address|keynote(?: address)?)|' +
        'read the (?:first |second |third |old testament |new testament )?(?:lesson|reading|scripture)|' +
        'read (?:a|an|the|her|his|their) (?:[a-z-]+ ){0,2}?(?:poem|passage|psalm|prayer|bible reading|extract|excerpt|chapter|tribute|message|speech|address|remarks)(?! (?:to|at) the)|' +
        '(?:said|led|offered|gave) the (?:opening|closing) (?:prayer|prayers|blessing|invocation)|(?:offered|gave|delivered|led) the (?:invocation|benediction|blessing|pledge of allegiance)|' +
        '(?:delivered|gave|made|read) (?:the|a|an|his|her|their) (?:welcom(?:e|ing)|opening|closing|presidential|keynote|inaugural|valedictory|farewell) (?:address|speech|remarks)|' +
        '(?:proposed|moved) the (?:vote of thanks|toast)|' +
        // An AGM's officers report: "read the minutes", "gave her report", "presented the treasurer's report".
        'read the minutes|(?:gave|presented|delivered) (?:her|his|their|the) (?:annual |financial |treasurer[\'’]s |secretary[\'’]s |chair(?:person|man)?[\'’]s )?(?:report|accounts)|led (?:the )?(?:opening |closing )?(?:prayers?|worship|invocation)' },
    // Reading out someone's letter or a statement at the meeting is speaking there; not an event by itself (a lawyer
    // reads a statement outside a court): the event must be shown otherwise.
    { part: 'speaker', dir: 'prev',
      pattern: 'read (?:out )?(?:a|an|the) (?:[a-z-]+ ){0,2}?(?:letter|statement|citation|proclamation|declaration)(?! (?:to|at) the)' },
    // Two sides meeting: the subject takes part when someone is named after the verb ("X received Ambassador Y", not
    // "X received criticism"; "X called on Prime Minister Y", not "X called on the government to act").
    { part: 'attendee', dir: 'list', subjectIfListed: true, peopleOnly: true, lowercase: true, pattern: '(?:met|meets|meet)(?: (?:separately|privately|briefly|jointly))?(?: with)?' },
    { part: 'attendee', dir: 'list', subjectIfListed: true, peopleOnly: true, lowercase: true,
      pattern: 'received(?! by)|welcomed(?! by)|' +
        '(?:paid|made) (?:a |an )?(?:[a-z-]+ )?(?:call|visit) (?:on|to)|' +
        // Not an appeal ("called on the government to act"); a visit's purpose may follow ("to congratulate him").
        'called on(?![^.;“”"]{0,80}? to (?!congratulate|discuss|bid|pay|convey|present|brief|thank|exchange|introduce)\\p{Ll})|' +
        '(?:presented|presents|handed over) (?:his|her|their) (?:letters of )?(?:credentials|credence|copies of credentials) to' },
    // Both sides as the subject: "A and his counterpart B held talks", "exchanged views", "led their delegations".
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?:held|hold|holds) (?:bilateral |formal |official |wide-ranging )?talks(?! with)|exchanged (?:views|notes|ideas)(?! with)|led (?:their|his|her) (?:respective )?delegations?' },
    // "talked with President X", "sat down with Y": like "met", only when a person is named after it.
    { part: 'attendee', dir: 'list', subjectIfListed: true, peopleOnly: true, lowercase: true,
      pattern: '(?:talked|spoke|conferred|sat down|held talks) (?:privately |separately |briefly |at length )?' +
        '(?:(?:by (?:tele)?phone|over the (?:tele)?phone|by video(?: ?link)?|online|virtually) )?with' },
    // The host of a reception or a dinner in someone's honour, and the guests named.
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true,
      pattern: '(?:hosted|hosts|gave|gives|threw|held) (?:a|an) (?:[a-z-]+ ){0,2}?(?:reception|dinner|lunch|luncheon|banquet|breakfast|tea)(?: party)? (?:for|in honou?r of|to welcome|to honou?r)' },
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true,
      pattern: '(?:received|accepted) (?:the )?(?:letters of credence|credentials)(?: [^,;:.“”"]{1,30}?)? from' },
    { part: 'attendee', dir: 'list', pattern: '(?:presenting|presented) (?:their|his|her) (?:letters of )?credentials (?:were|was)' },
    // On a call or at a meeting with someone: "during a telephone call with X", "at a meeting with Y".
    { part: 'attendee', dir: 'list', peopleOnly: true, pattern: `(?:during|in|at) (?:a|an|the|their|his|her) ${MEETING} with` },
    // Who swears someone in is there with them ("Judge X swore in A and B").
    { part: 'attendee', dir: 'list', subjectIfListed: true, peopleOnly: true, pattern: '(?:swore|swears|swear|swearing) in' },
    // A hearing's witness list ("Witnesses: A, B", "Witnesses were A and B").
    { part: 'attendee', dir: 'list', pattern: 'witnesses (?:were|included|appearing (?:were|included))|^witnesses:' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:signed|initialled|initialed) on behalf of' },
    // Council minutes: the oath, the motions and the votes show who was in the room.
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true, pattern: 'administered the oath(?: of office)? to' },
    { part: 'attendee', dir: 'list', pattern: '(?:the )?oaths?(?: of office)? (?:was|were) administered by' },
    { part: 'attendee', dir: 'list', pattern: 'voting (?:in favou?r|against|in opposition|no|yes|aye|nay)(?: of the [a-z]+)? (?:were|was)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:made|offered) (?:a|the) motion|vot(?:ed|ing) (?:in favou?r|against|no|yes)' },
    { part: 'attendee', dir: 'list', pattern: '(?:also|among those) (?:on|at|in|around|behind) the [a-z-]+(?: [a-z-]+)? (?:were|was)' },
    // Bilateral copy: "Also present on the visiting side were …", "Present on the South African side were …".
    { part: 'attendee', dir: 'list', pattern: `(?:also )?present on the${SPAN} (?:side|delegation|team) (?:were|was|included)` },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: 'accompanied (?:the|him|her|them)\\b' },
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were) (?:also )?sworn in(?:to office)?' },
    { part: 'attendee', dir: 'prev', pattern: '(?:took|takes|take) the (?:oath|oaths|affirmation)(?: of (?:office|allegiance))?(?! from)' },
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were) (?:also )?(?:part of|present (?:in|at)) the (?:[a-z-]+ ){0,2}(?:meeting|delegation|talks|session|ceremony|sitting|hearing|review)' },
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were) (?:also )?among (?:those (?:present|attending|in attendance)|(?:the )?(?:guests|dignitaries|attendees|officials present|mourners|participants|delegates|directors on the platform))' },
    // A bench or a commission's members hearing a matter: "Commissioners A and B also sat on the application".
    { part: 'attendee', dir: 'prev', pattern: '(?:also )?sat on (?:the|this|that) (?:application|case|hearing|appeal|matter|bench|inquest)' },
    // "were among the 74 members present", "among the many parents in attendance".
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were) (?:also )?among (?:the )?(?:\\d[\\d,]* )?(?:[a-z-]+ ){1,3}(?:present|in attendance)(?! (?:day|time|system|situation|crisis|government))' },
    // "were among the ministers who signed", "among the 51 delegates who voted".
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were) (?:also )?among the (?:\\d+ )?(?:ministers|officials|delegates|members|guests|signatories|participants|councillors|senators) (?:who|that) (?:signed|voted|attended|took part|spoke|were present)' },
    // An honour conferred on someone at the ceremony: "X was conferred an honorary doctorate".
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were) conferred(?: with)? (?:an?|the)' },
    // An award's recipients are at its ceremony: "were among 14 writers who received the awards at a function".
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were) (?:also )?among (?:the )?(?:\\d+ |[a-z]+ )?(?:[a-z-]+ ){0,2}?(?:who|that) (?:received|accepted|collected|were (?:honou?red|awarded|presented|conferred|decorated|sworn in|inducted))' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:was|were) in the (?:room|chamber|audience|gallery|hall)' },
    // "joined her on stage", "watched from the public gallery".
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: 'joined (?:him|her|them|the [a-z-]+(?: [a-z-]+)?) on (?:the )?(?:stage|podium|platform|dais)|watched from the (?:public |press |visitors[\'’] )?(?:gallery|galleries)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: 'joined (?:remotely|by (?:video|zoom|phone))' },
    // Minutes: arriving late or stepping away shows who was in the room.
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?:arrived|returned) (?:at \\d|late|during)|recused (?:himself|herself|themselves)|left the (?:dais|chamber|meeting|room) (?:at \\d|during|before|for)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:handed out|presented|accepted|received) (?:the |his |her |their )?(?:diplomas?|awards?|medals?|prizes?|certificates?)' },
    // "accepted the Business of the Year trophy", "collected the gold medal": a prize taken at its ceremony.
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?:accepted|collected|picked up|received) (?:the|a|an|his|her|their) (?:[a-z0-9-]+ ){0,5}?(?:trophy|award|medal|prize|plaque|shield|cup|honou?r|sword|baton)(?! (?:last|in (?:19|20)\\d\\d))' },
    // "The awards were presented by A and B", "the draw was made by C".
    { part: 'attendee', dir: 'list', peopleOnly: true,
      pattern: '(?:awards?|prizes?|trophies|trophy|medals?|certificates?|diplomas?|degrees?|draw|ribbon) (?:was|were) (?:presented|handed out|given out|conferred|made|conducted|cut) by' },
    // "About 900 guests — including A, B and C — filled the ballroom".
    { part: 'attendee', dir: 'list',
      pattern: '(?:guests|dignitaries|attendees|invitees|mourners|spectators|delegates|crowd|audience)(?: [a-z]+){0,2} ?(?:—|–|,|\\() ?(?:including|among them)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, also: ['speaker'],
      pattern: '(?:participated|took part) in the (?:discussion|debate|deliberations|question session)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:participated|took part) in the' },
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?:participated|took part|joined(?: the (?:meeting|session|hearing))?) (?:through|via|by|over|on) (?:a )?(?:video(?:[- ]?conference|[- ]link| call)?|zoom|teams|phone|telephone|online link)|(?:participated|took part) (?:online|virtually|remotely)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:appeared|appears|appearing) (?:before|in front of|in|at)' },
    // The host is there, whoever the guests are ("hosted the visiting delegation", "hosted Ambassador X").
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: 'hosted(?! by)' },
    { part: 'attendee', dir: 'list', pattern: '(?:signing|signatories)(?: [^,;:.“”"]{1,40}?)? (?:were|was|included)' },
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were) (?:also )?on hand' },
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?:signed|co-signed|initialled|initialed) (?:the|a|an) (?:memorandum|agreement|deal|contract|accord|mou|declaration|treaty)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:came|come|comes|appeared|appears) before the' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: 'faced (?:[a-z-]+ )?(?:questions|questioning)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?:voted|cast (?:the|a|an|their|his|her) (?:lone |deciding |only |two |three |casting )?(?:no |yes |dissenting )?votes?|' +
        'backed (?:him|her|them|the (?:motion|proposal|amendment|resolution|plan))|' +
        'joined (?:him|her|them) (?:on the (?:dais|stage|platform|podium|bench)|at the (?:table|podium|lectern|head table)))' },
    // Homage at a funeral or a memorial: "paid their last respects", "laid a wreath", "offered floral tributes".
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?:paid|pay|pays|paying) (?:(?:his|her|their|the|last|final|rich|glowing) ){0,3}(?:respects?|homage|tributes?)(?= (?:to|at)\\b)|' +
        '(?:laid|lays|placed) (?:a |the )?(?:wreaths?|floral tributes?|flowers)|(?:offered|paid) (?:floral )?(?:tributes|prayers) (?:to|at|for) the (?:late|departed|deceased)|' +
        '(?:attended|joined|offered|took part in) the (?:funeral|janaza|namaz-e-janaza|burial|last rites|cremation) ?(?:prayers?|service|rites)?|' +
        '(?:lit|lights) the (?:funeral )?pyre' },
    // A visit is an event: "The Governor … visited Glenvale on Thursday to present bravery awards".
    { part: 'attendee', dir: 'prev', peopleOnly: true, lowercase: true, pattern: '(?:visited|toured)(?! by)' },
    { part: 'attendee', dir: 'prev', also: ['speaker'], pattern: '(?:also )?attended and (?:addressed|spoke)' },
    // The means is part of the cue, so that "by phone" is not read as speech given elsewhere.
    { part: 'attendee', dir: 'prev', pattern: '(?:also )?(?:attended|joined|participated|voted) (?:by (?:phone|telephone|video|zoom|teleconference)|remotely|virtually|online)' },
    { part: 'attendee', dir: 'prev', pattern: '(?:also )?attended' },
    // Not "were present:" opening a roster (its label's list cue reads the people after it).
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were|is|are) (?:also )?(?:present|in attendance|on hand (?:for|at))(?! ?:)' },
    // Sent in someone's place: "sent Deputy Minister X in her place".
    { part: 'attendee', dir: 'list', peopleOnly: true, pattern: 'sent(?= [^.;“”"]{3,80}? in (?:his|her|their) (?:place|stead))' },
    // A panel's speakers: "The panel … featured A, B and C".
    { part: 'attendee', dir: 'list', also: ['speaker'], peopleOnly: true,
      // The look-behind after the word: standing first, it was tried at every position of every sentence.
      pattern: 'featured(?<=(?:panel|discussion|session|line-up|forum)[^.;“”"]{0,80}?featured)' },
    // A side of talks, or the people a meeting's opening sentence named: "The Indian side included A, B", "They included".
    { part: 'attendee', dir: 'list', peopleOnly: true,
      pattern: '(?:^they|the (?:[a-z-]+ ){0,2}(?:side|team)) (?:included|includes|comprised)' },
    { part: 'attendee', dir: 'prev', pattern: 'went into (?:a |an )?(?:[a-z-]+ ){0,2}(?:meeting|talks|session)' },
    // Council minutes: a member declaring an interest is in the room.
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: 'declared (?:a|an) (?:[a-z-]+ (?:and )?){0,3}interest' },
    { part: 'attendee', dir: 'prev', pattern: '(?:was|were|is|are) (?:also )?(?:[a-z]+ly )?attending (?:the|this|today\'s|tonight\'s) (?:meeting|session|talks|ceremony|summit|conference|hearing|sitting|event)' },
    { part: 'attendee', dir: 'prev', pattern: '(?:led|headed|joined) the (?:delegation|ceremony)' },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: 'joined [^,;.“”"]{1,40} in (?:voting|supporting|opposing)' },
    { part: 'attendee', dir: 'list', peopleOnly: true, pattern: '(?:was|were) represented by' },
    { part: 'attendee', dir: 'prev', pattern: 'joined the (?:meeting|session)' },
    // A walkout or an expulsion shows who was in the room.
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?:led (?:his|her|their) (?:[a-z\'’]+ ){0,2}(?:members|colleagues|lawmakers|mps|senators|councillors) out of|' +
        '(?:walked|stormed) out of|(?:was|were) (?:ordered|escorted|sent) out of) the (?:chamber|house|meeting|hearing|session|sitting)' },
    // not present
    { part: 'absent', dir: 'prev', pattern: '(?:was|were) absent' },
    { part: 'absent', dir: 'prev', pattern: 'did not (?:attend|appear)' },
    { part: 'absent', dir: 'prev', pattern: '(?:was|were) (?:unable|not able) to (?:attend|be present)' },
    { part: 'absent', dir: 'prev', pattern: 'could not attend' },
    { part: 'absent', dir: 'prev', pattern: '(?:was|were) not (?:present|in attendance)' },
    { part: 'absent', dir: 'prev', pattern: '(?:was|were) not at the (?:meeting|hearing|session|sitting|ceremony|event|debate)' },
    { part: 'absent', dir: 'prev', pattern: 'unable to attend' },
    { part: 'absent', dir: 'prev', pattern: '(?:sent|tendered|offered) (?:his|her|their) apologies' },
    // Minutes: "Apologies (for absence) were received from Councillors A, B and C" lists those who did not come.
    { part: 'absent', dir: 'list', pattern: 'apologies(?: for (?:absence|non-attendance))? (?:were|was) (?:received|tendered|noted|given|recorded) (?:from|by|for)' },
    { part: 'absent', dir: 'prev', pattern: 'skipped the (?:meeting|hearing|session|ceremony)' },
    // spoke
    // "After chairing the monthly review meeting, X told …", "Presiding over the sitting, Speaker X …".
    { part: 'chair', dir: 'lead',
      pattern: '(?:after |while |when )?(?:chairing|presiding over|convening) (?:the|a|an|his|her|their|its|this|today[\'’]s|[a-z]+day[\'’]s) [^,;:.“”"]{0,100},' },
    { part: 'chair', dir: 'prev',
      pattern: 'chairing (?:the|a|an|his|her|their|its|this) (?:[a-z-]+ ){0,3}?(?:meeting|conference|session|hearing|sitting|summit|forum|review|congress|assembly|agm|debate)' },
    // "Appearing alongside her, chief engineer X said …": the one who appears with a witness is there too.
    { part: 'attendee', dir: 'lead', peopleOnly: true,
      pattern: '(?:appearing|sitting|seated) (?:alongside|beside|next to|with) (?:him|her|them)[^,;:.“”"]{0,60},' },
    { part: 'speaker', dir: 'lead', event: true,
      pattern: '(?:speaking|addressing|testifying|delivering|presenting|prosecuting|mitigating|defending|responding|' +
        'replying|moderating|opening|closing|welcoming|in (?:his|her|their) (?:opening |closing )?(?:remarks|speech|address|' +
        'testimony)|opening the (?:meeting|session|ceremony|hearing)|during (?:the )?public (?:comment|testimony))' +
        '[^,;:.“”"]{0,100},' },
    { part: 'speaker', dir: 'list', event: true,
      pattern: '(?:testifying|speaking) (?:were|was|included)|heard (?:testimony |remarks )?from|' +
        'heard (?:a|an|the) (?:[a-z-]+ ){0,2}?(?:report|presentation|address|submission|update|briefing) (?:from|by)|' +
        '(?:those|people|residents|members) who (?:spoke|testified)(?: [a-z]+){0,3} (?:were|included)|' +
        'speakers (?:were|included)|testimony from|(?:moved|proposed|seconded) by|' +
        // A nominee or a speaker is introduced to the hearing by someone who speaks there.
        '(?:was|were) introduced(?: to the (?:committee|panel|hearing|audience))? by|' +
        // "The minutes were read into the record by board secretary X".
        '(?:was|were) read (?:into the record |out |aloud )?by' },
    // The verb not repeated: "…, as did trustee X", "a point echoed by X", "followed by A and then by B" (the part is
    // the one the clause before gave; `echo`).
    { part: 'speaker', dir: 'list', echo: true,
      pattern: '(?:as|so) (?:did|does|do|was|were)|echoed by|followed by|(?:and )?then by' },
    // A protest's or a march's company: "who joined the march".
    { part: 'attendee', dir: 'prev', pattern: 'joined (?:the|a|an) (?:[a-z-]+ ){0,2}?(?:march|protest|rally|procession|vigil|walk|demonstration|picket|parade|service|celebrations?|festivities)' },
    // Those given an award and those giving it are at the ceremony: "presented citations to A and B".
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true,
      pattern: '(?:presented|handed|awarded|gave) (?:[a-z-]+ ){0,3}?(?:citations?|awards?|medals?|certificates?|prizes?|diplomas?|trophies|trophy|cheques?|checks?|plaques?|keys? to the city|gifts?|mementos?|scrolls?|badges?) to' },
    { part: 'speaker', dir: 'prev', event: true,
      // Live coverage tells the sitting in the present: "takes the floor", "moves that", "is now replying".
      pattern: '(?:addressed|spoke|speaks|testified|presented|delivered|questioned|briefed|t(?:ook|akes) the floor|' +
        'is (?:now )?(?:speaking|replying|responding|interpellating|questioning|testifying|addressing)|' +
        'seconds (?:the|a|an) (?:motion|amendment)|mov(?:ed|es) (?:the|a|an) (?:motion|amendment)|mov(?:ed|es) that|' +
        // Minutes: "Councilmember X moved to approve the consent agenda".
        'mov(?:ed|es) to (?:approve|adopt|accept|table|amend|deny|reject|continue|postpone|refer|close|adjourn|receive|defer|waive|suspend)|seconded(?! by)|gave (?:the|a) (?:welcome|speech|keynote|address|vote)|' +
        'read out|proposed a vote of thanks|gave evidence|cross-examined|(?:answered|fielded|took) questions|grilled|' +
        '(?:piloted|tabled) (?:the|a|an) (?:bill|motion|amendment|resolution|report)|' +
        '(?:took|walked) (?:the )?(?:witness|witnesses|committee|council|board|members|delegates|journalists|reporters) through|' +
        'gave (?:a|the) presentation|' +
        // The stage and the programme: "took the stage to announce", "closed the program by thanking", "was master of ceremonies".
        'took the (?:stage|podium|lectern|microphone|mic)|closed the (?:program|programme|evening|ceremony|event|proceedings|meeting|session|night)|' +
        '(?:was|served as|acted as) (?:the )?(?:master of ceremonies|mistress of ceremonies|mc|emcee|compère|compere)|' +
        'read (?:a|the|her|his|their) (?:statement|victim impact statement|tribute|poem) (?:to|at) the|offered (?:an|the) amendment|introduced (?:the|a) (?:bill|motion|resolution)|' +
        'opened the (?:[a-z-]+ )?' +
        '(?:meeting|session|ceremony|hearing|forum|conference|congress|summit|event|debate)|' +
        // "told the Environment, Food and Rural Affairs Committee": a body's name may hold commas.
        '(?:told|telling|tells) (?:the (?:(?!the )[^\\s,;:“”"]+,? ){0,5})?' + AUDIENCE + '|said at the (?:' +
        'meeting|hearing|ceremony|session|conference|event|forum|signing|summit|reception|dialogue|briefing))' },
    { part: 'speaker', dir: 'prev', orNext: true,
      pattern: '(?:said|says|told|urged|asked|argued|noted|stressed|emphasi[sz]ed|added|warned|explained|remarked|joked|quipped|' +
        'described (?:it|him|her|them|the [a-z]+) as|' +
        'replied|responded|highlighted|thanked|welcomed|pledged|congratulated|praised|proposed|recommended|' +
        'accused|claimed|defended|demanded|objected|insisted|pressed|countered|conceded|acknowledged|announced|' +
        'reported that|raised (?:questions|concerns|the issue)|introduced the (?:congressman|congresswoman|speaker|' +
        'minister|senator|guest|nominee)|' +
        'called for|reaffirmed|expressed (?:concern|support|regret|hope|confidence|gratitude|thanks|displeasure|dismay|disappointment|frustration|satisfaction|appreciation|condolences|reservations)|called on(?=[^.;“”"]{0,80}? to \\p{L})|criticised|criticized|questioned|cautioned|conferred|abstained|rebuked|reprimanded|' +
        // South Asian and Commonwealth reporting verbs of what was said at a meeting.
        'directed(?! by)|instructed(?! by)|requested(?! by)|appealed|assured|informed|suggested|observed|pointed out|underlined|underscored|reiterated|lauded|commended|opined)' },
    { part: 'speaker', dir: 'next', pattern: '(?:said|says|added|asked|joked|quipped)' },
  ],
  cuesLowercase: false,
  eventPhrases: [
    `(?:at|during|after|before|opening|closing|throughout) (?:a|an|the|its|their|this|[A-Z][\\p{L}.'’-]+['’]s)${SPAN} ` +
      '(?:town hall|meeting|hearing|session|markup|sitting|plenary|ceremony|congress|conference|convention|' +
      'reception|forum|summit|debate|inquest|briefing|press conference|dialogue|commencement|convocation|vigil|' +
      'memorial service|rally|assembly|AGM|annual general meeting|launch|signing|swearing-in|question time|' +
      'gala|awards(?: night| ceremony| dinner| evening)?|dinner|luncheon|fundraiser|ball|graduation|parade|passing-out parade|' +
      'opening|ribbon-cutting|unveiling|synod|draw|investiture|book launch|prize-giving|prizegiving)',
    "prime minister's questions",
    // A company's results call with analysts: "told analysts on a conference call", "said on an earnings call".
    `on (?:a|an|the|its|their|[A-Z][\\p{L}.'’-]+['’]s)${SPAN} (?:earnings|conference|investor|analysts?['’]?|results) call`,
    // Parliament's own question sessions, named without an article.
    "(?:during|at|in) (?:leaders['’] questions|question time|question period|oral questions|questions without notice|" +
      "prime minister['’]s questions|minister['’]s questions|taoiseach['’]s questions)",
    // A deliberative body meeting in the past tense is the event itself: "Council voted 5-2 Tuesday", "the board met",
    // "the committee heard from three witnesses"; reports of councils often say no more than that before "X said".
    '(?:council|board|committee|commission|cabinet|assembly|senate|legislature|parliament|panel|trustees|' +
      'lok sabha|rajya sabha|vidhan sabha|vidhan parishad|dewan rakyat|dewan negara|' +
      'commissioners|councill?ors|council ?members|aldermen|supervisors|selectmen|regents|directors|shareholders|' +
      'delegates|lawmakers|legislators|MPs|MLAs|senators|members)(?: of (?:the )?[^,;:.“”"]{1,40}?)? ' +
      '(?:(?:unanimously|narrowly|formally|then|also|later) )?' +
      '(?:met|convened|reconvened|voted|sat|gathered|debated|deliberated|heard (?:from|testimony|evidence|submissions)|' +
      'approved|rejected|adopted|passed|endorsed|ratified)',
    // A chamber's own record: "The House met at half-past Eleven o'clock".
    'the house(?: of [a-z]+)? (?:met|sat|convened|reconvened|resumed)',
  ],
  speechOpeners: ['that'],
  eventNotYet: ['will', 'would', 'could', 'should', 'may', 'might', 'plans? to', 'later this', 'next (?:week|month|year)',
    'upcoming', 'if'],
  reported: ['recalled', 'last (?:year|month|week|spring|summer|fall|autumn|winter)', 'years ago', 'months ago',
    'previously', 'earlier this (?:year|month)', 'at the time', 'once said', 'had said', 'has said', 'have said',
    'had (?:announced|warned|argued|claimed|stressed|urged|noted|told|written|criticised|criticized|pledged|promised)'],
  pastTimes: ['(?:in|during|after|before) (?:(?:the|a|an|its|his|her|their) )?(?:19|20)\\d\\d(?![-–/\\d])',
    'in (?:January|February|March|April|May|June|July|August|September|October|November|December)',
    '(?:a|one|two|three|several|\\d+) (?:years?|decades?) (?:earlier|ago|before)'],
  officeSpans: ['for (?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\\d+|many|several|some|nearly a|more than a) ' +
    '(?:decades?|years)', 'for decades', 'from (?:19|20)\\d\\d(?: to | until | through |[-–])(?:19|20)?\\d\\d',
    'between (?:19|20)\\d\\d and (?:19|20)\\d\\d', '(?:since|until) (?:19|20)\\d\\d', 'in the (?:19|20)\\d0s'],
  negators: ['in (?:a|an|his|her|their) (?:[\\p{L}-]+ ){0,2}(?:statement|interview|email|e-mail|note|post|message|video message|' +
    'news release|press release|letter|tweet|op-ed)', 'outside (?:the )?(?:court|courthouse|chamber|hall|building|parliament(?: house)?|city hall|town hall|state house|the venue)',
  'told (?:this|the) (?:newspaper|paper|station|broadcaster|website|agency)',
  // A newsroom by its name: "told News24", "told Reuters".
  // (Read right after the verb: "told| News24 the minister had …".)
  '(?:told )?(?:news24|reuters|afp|the associated press|bernama|xinhua|cnn|the bbc|bbc news|cbc news|rnz|sky news|the guardian|the hindu|rappler|the inquirer|abc news|al jazeera|bloomberg)', 'by (?:email|e-mail|phone|telephone|text)', 'reached by',
  'on social media', 'wrote', 'according to (?:a|an|the) (?:[\\p{L}-]+ ){0,2}(?:readout|statement|transcript|release|filing)', 'after the (?:hearing|meeting|session|sitting|ceremony|service)', 'in a phone interview', 'in an interview'],
  pressNegators: ['(?:(?:to|told|briefed) )?(?:reporters|journalists|the press|the media|a press meet|a news meet|mediapersons|media persons)'],
  // Where the audience is the press or the market's analysts: "told reporters/analysts" is speech at the event.
  pressEvents: ['(?:press|news) conference', '(?:press|media|news) briefing', 'press call',
    '(?:earnings|conference|investor|analysts?[\'’]?|results) call'],
  otherTimes: ['last (?:week|month|year|night|spring|summer|fall|autumn|winter|weekend)', 'earlier', 'afterwards?',
    'previously', 'the (?:day|week|month) before', '(?:a|one|two|three|several|\\d+) (?:days?|weeks?|months?) (?:ago|earlier|before)',
    'in (?:January|February|March|April|May|June|July|August|September|October|November|December)',
    // Speech announced for another day, in the present as previews write it: "is speaking at a fundraiser next week".
    'next (?:week|month|year|weekend)', 'tomorrow'],
  addressVerbs: ['asked', 'pressed', 'questioned', 'quizzed', 'grilled', 'rebuked', 'told',
    'welcomed', 'presented'],
  // The full names only: "sat", "sun" and "wed" are words too.
  weekdays: metadata.weekdays.filter((d) => d.length > 4),
  // A credit starts at the first space of a run (the look-behinds), its parenthesis holds at most 200 characters
  // and a name before a slash has at most seven words: each start used to read a long run to its end. "[^]*$"
  // runs to the end of the caption (".*$" is the same on a caption, which has no line breaks, but tried from each
  // credit word of a line ending in a break it read to the break every time).
  archiveCaptions: ['file (?:photo|picture|image|pic)', 'archive (?:photo|picture|image)', '\\(archive\\)', 'pictured in (?:19|20)\\d\\d', 'stock (?:photo|image)'],
  captionCredits: ['(?<!\\s)\\s*\\((?:[Pp]hoto|[Ii]mage|[Cc]redit)[^)]{0,200}\\)\\s*$', '(?<!\\s)\\s*(?:Photo|Image|Credit|Source)\\s*:[^]*$',
    '(?<!\\s)\\s+\\p{Lu}[\\p{L}.\'’-]+(?: \\p{Lu}[\\p{L}.\'’-]+){0,6}\\/\\S[^]*$'],
  // The plural titles ("Reps.", "Sens.") too: their stop ends no sentence, and they are heads (compile.ts).
  abbreviations: ['Mr', 'Ms', 'Mrs', 'Mx', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Sens', 'Reps', 'Govs', 'Lt', 'Gen', 'Col', 'Capt', 'Sgt',
    'Smt', 'Tmt', 'Hon', 'Rt', 'Jnr', 'Coun', 'Supt', 'Insp', 'Mohd', 'Ma', 'Cllr', 'Cr', 'Det', 'Engr', 'Barr', 'Alh',
    'Rev', 'Revd', 'Sgt', 'Cpl', 'Maj', 'Brig', 'Cdr', 'Cmdr', 'Commr',
    'Adm', 'St', 'Jr', 'Sr', 'Inc', 'Ltd', 'Corp', 'Co', 'No', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
    'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mt', 'Ft', 'Ave', 'Blvd', 'vs', 'etc', 'U.S', 'U.K', 'H.E', 'a.m', 'p.m',
    'D.C', 'Wash', 'Ore', 'Calif', 'Fla', 'Ariz', 'Mass', 'Mich', 'Minn', 'Penn', 'Va', 'Ga', 'Ky', 'La', 'Md'],
};
