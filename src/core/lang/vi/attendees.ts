import type { AttendeeLanguageCues } from '../attendee-cue-types';

// "dự" opens many words that are not about attending (dự phòng, dự án, dự kiến …).
const DU = 'dự(?! (?:phòng|án|kiến|báo|thảo|toán|trữ|thi|đoán|định|tính|bị|khuyết|luật|buổi làm việc với))';
// "Dự, chỉ đạo và chúc mừng Đại hội có": further verbs joined to "dự".
const ALSO = '(?:,? (?:chỉ đạo|chúc mừng|phát biểu)){0,2}(?: và (?:chỉ đạo|chúc mừng|phát biểu(?: chỉ đạo)?))?';
// "tiếp" the host's verb, not "tiếp tục", "tiếp nhận", "trực tiếp" …
const TIEP = 'tiếp(?! (?:tục|nhận|thu|cận|theo|xúc|sức|tế|đó|viên|thị|diễn|giáp|nối|tân|đến|sau))';
// A short stretch inside one clause ("Dự hội nghị có", "Về phía tỉnh có").
const SPAN = '(?: [^,;:.“”"]{1,60}?)?';

export const vi: AttendeeLanguageCues = {
  lang: 'vi',
  honorifics: ['đồng chí', 'đ/c', 'ông', 'bà', 'anh', 'chị', 'ngài', 'cụ', 'thầy', 'cô', 'em', 'bác', 'các đồng chí',
    // Academic titles are neither name nor role (docs/attendee-annotation.md).
    'GS.TS.', 'PGS.TS.', 'GS.TSKH.', 'PGS.TSKH.', 'TSKH.', 'GS.', 'PGS.', 'TS.', 'ThS.', 'BS.CKII', 'BS.CKI',
    'BS.CKII.', 'BS.CKI.', 'ThS.BS.', 'TS.BS.', 'GS.TS', 'PGS.TS', 'GS.TSKH', 'PGS.TSKH', 'ThS.BS', 'TS.BS'],
  // Almost only ever the middle of a name (Kinh "Văn", "Thị"; Hmong, Dao and others "A", "Seo").
  middleNames: ['Văn', 'Thị', 'A', 'Seo'],
  surnames: [
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
    'Dương', 'Lý', 'Lại', 'Đầu', 'Từ', 'Lâm', 'Quách', 'Lương', 'Khổng', 'Trịnh', 'Đinh', 'Mai', 'Tạ', 'Tôn',
    'Lữ', 'Lưu', 'Đào', 'Đoàn', 'Vương', 'Trương', 'Hà', 'Cao', 'Chu', 'Thái', 'Tăng', 'Lục', 'Kiều', 'Mạc',
    'La', 'Châu', 'Đàm', 'Diệp', 'Giang', 'Hứa', 'Lò', 'Mã', 'Nông', 'Phùng', 'Quan', 'Tô', 'Triệu',
    'Trình', 'Ứng', 'Vi', 'Âu', 'Bạch', 'Cù', 'Giáp', 'Hầu', 'Khúc', 'Lã', 'Lạc', 'Mạch', 'Nghiêm', 'Nhan',
    'Thạch', 'Thân', 'Tiêu', 'Tống', 'Viên', 'Bế', 'Sầm', 'Lường', 'Cầm', 'Điểu', 'Bàn', 'Sùng', 'Giàng',
    'Thào', 'Vàng', 'Lầu', 'Kha', 'Văng', 'Uông', 'Trầm',
    // Families of the northern uplands (H'Mông, Thái, Dao), printed like any other.
    'Mùa', 'Quàng', 'Tòng', 'Hạng', 'Vừ', 'Chảo', 'Khang', 'Sình', 'Ly', 'Lù',
    // Rare, and also the honorific "ông" (names.ts tells them apart: "ông Ông Văn Tài").
    'Ông',
  ],
  roleRefOpeners: ['đồng chí', 'đ/c', 'ông', 'bà'],
  roleRefAtClauseStart: true,
  requireSurname: true,
  nameParticles: [],
  openers: ['Ảnh', 'Nguồn', 'Theo', 'Sáng', 'Chiều', 'Tối', 'Trưa', 'Ngày', 'Tháng', 'Năm', 'Tại', 'Trong', 'Sau', 'Với'],
  // "Trung ương" abbreviated inside a title ("Bí thư T.Ư Đảng").
  notNameWords: ['T.Ư', 'TƯ', 'T.W', 'TW'],
  placePrefixes: [
    'thành phố', 'TP', 'TP.', 'Tp', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'đường',
    'phố', 'sông', 'cầu', 'trường', 'Trường', 'chùa', 'đền', 'làng', 'ấp', 'thôn', 'bản', 'khu', 'núi', 'đèo',
    'hồ', 'vịnh', 'đảo', 'quần đảo', 'xóm', 'bệnh viện', 'Bệnh viện', 'nhà máy', 'Lăng', 'lăng', 'tư tưởng',
    'Tư tưởng', 'Thành phố', 'Quảng trường', 'quảng trường', 'Đại học', 'đại học', 'Học viện', 'công viên',
  ],
  titlePlacePrefixes: ['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thành phố', 'thị xã', 'thị trấn', 'đặc khu'],
  placeNames: [
    'Hà Nội', 'Hà Tĩnh', 'Hà Giang', 'Hà Nam', 'Lâm Đồng', 'Cao Bằng', 'Thái Bình', 'Thái Nguyên', 'Hồ Chí Minh',
    'Hoàng Sa', 'Hà Tiên', 'Hà Đông', 'Ninh Bình', 'Ninh Thuận', 'Đồng Nai', 'Đồng Tháp', 'Đồng Hới', 'Đồng Xoài',
    'Lý Sơn', 'Cao Lãnh', 'Mai Châu', 'Phan Thiết', 'Phan Rang', 'Châu Đốc', 'Tô Lịch', 'Giang Thành', 'Trần Đề',
    'Tăng Nhơn Phú', 'Lê Lợi', 'Nông Cống', 'Hồ Gươm', 'Hồ Tây', 'Hoàng Mai', 'Lạc Dương', 'Đầm Hà', 'Mai Sơn',
    // Provinces and cities: "Đoàn Quảng Ninh" is the province's delegation, not a person (names.ts).
    'An Giang', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước',
    'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Gia Lai', 'Hải Dương',
    'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lạng Sơn',
    'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
    'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang',
    'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh',
    // Countries: a name ending an organisation ("Liên đoàn Lao động Việt Nam") or before a foreign name.
    'Việt Nam', 'Nhật Bản', 'Hàn Quốc', 'Trung Quốc', 'Hoa Kỳ', 'Phần Lan', 'Thái Lan', 'Campuchia', 'Lào',
    'Ấn Độ', 'Liên Hợp Quốc', 'Đức', 'Pháp', 'Anh', 'Nga', 'Úc', 'Ô-xtrây-li-a', 'Xin-ga-po', 'Ma-lai-xi-a',
    'In-đô-nê-xi-a', 'Phi-líp-pin', 'Mỹ', 'Ca-na-đa', 'Chi-lê', 'Cu-ba', 'Bra-xin', 'Hà Lan', 'Đan Mạch',
    'Thụy Điển', 'Na Uy', 'Thụy Sĩ', 'Bỉ', 'I-ta-li-a', 'Tây Ban Nha', 'Niu Di-lân', 'Mông Cổ', 'Triều Tiên',
    // Spelled as in English, as many papers print them.
    'Indonesia', 'Malaysia', 'Singapore', 'Philippines', 'Australia', 'New Zealand', 'Canada', 'Brazil', 'Chile',
    'Cuba', 'Italia', 'Hungary', 'Ba Lan', 'Séc', 'Slovakia', 'Romania', 'Bulgaria', 'Serbia', 'Croatia', 'Ukraine',
    'Belarus', 'Kazakhstan', 'Uzbekistan', 'Myanmar', 'Brunei', 'Timor-Leste', 'Bangladesh', 'Pakistan', 'Sri Lanka',
    'Nepal', 'Qatar', 'UAE', 'Kuwait', 'Israel', 'Iran', 'Ai Cập', 'Thổ Nhĩ Kỳ', 'Ireland', 'Argentina', 'Mexico',
    'Peru', 'Colombia', 'Venezuela', 'Nam Phi', 'Nigeria', 'Kenya', 'Mozambique', 'Angola', 'Algeria', 'Ma-rốc',
    'Bồ Đào Nha', 'Hy Lạp', 'Áo', 'Luxembourg', 'Ả Rập Xê Út', 'Lào', 'Cộng hòa Séc', 'Liên bang Nga',
  ],
  roleHeads: [
    // At most three modifiers ("nguyên Phó …"): an unbounded run of them was read again from each of its words.
    '(?:(?:nguyên|quyền|tân|phó|đồng) ){0,3}(?:' + [
      'ủy viên', 'thường trực', 'tỉnh ủy viên', 'thành ủy viên', 'huyện ủy viên', 'đảng ủy viên', 'bí thư', 'tổng bí thư',
      'chủ tịch', 'giám đốc', 'tổng giám đốc', 'trưởng', 'thứ trưởng', 'bộ trưởng', 'thủ tướng', 'chủ nhiệm',
      'chánh', 'tư lệnh', 'chính ủy', 'chỉ huy trưởng', 'tham mưu trưởng', 'đại sứ', 'tổng lãnh sự', 'lãnh sự',
      'đại biểu', 'tổng thư ký', 'thư ký', 'tổng biên tập', 'hiệu trưởng', 'viện trưởng', 'cục trưởng',
      'vụ trưởng', 'chi cục trưởng', 'đội trưởng', 'tổ trưởng', 'trưởng ban', 'trưởng phòng', 'trưởng đoàn',
      'chuyên gia', 'nông dân', 'bác sĩ', 'giáo sư', 'phó giáo sư', 'tiến sĩ', 'thạc sĩ', 'kỹ sư',
      'luật sư', 'nhà báo', 'giáo viên', 'thẩm phán', 'kiểm sát viên', 'chánh án', 'người phát ngôn', 'cố vấn',
      'thành viên', 'chủ doanh nghiệp', 'chủ cơ sở', 'chủ trang trại', 'cựu chiến binh', 'đại diện', 'điều phối viên',
      'nghệ sĩ', 'nghệ nhân', 'kế toán', 'cán bộ', 'phóng viên', 'chủ hộ', 'trung đoàn trưởng', 'sư đoàn trưởng',
      'lữ đoàn trưởng', 'chủ tọa', 'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá',
      'trung tá', 'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'đô đốc', 'chuẩn đô đốc',
      'trưởng công an', 'thống đốc', 'thị trưởng', 'tỉnh trưởng', 'thủ hiến', 'tổng thống', 'quốc vương', 'tổng cục trưởng', 'tổng kiểm toán', 'tổng thanh tra',
      'tổng tham mưu trưởng', 'hiệu phó', 'chỉ huy phó', 'kế toán trưởng', 'trưởng khoa', 'giảng viên',
      'tham tán', 'tùy viên', 'bị cáo', 'ca sĩ', 'nhạc sĩ', 'họa sĩ', 'nhà thơ', 'nhà văn', 'diễn viên', 'vận động viên',
      'huấn luyện viên', 'học sinh', 'sinh viên', 'cử tri', 'thủ khoa', 'tân binh', 'binh sĩ', 'chiến sĩ', 'quân nhân',
      'hạt trưởng', 'đồn trưởng', 'trạm trưởng', 'tiểu đoàn trưởng', 'đại đội trưởng', 'xã đội trưởng',
      'nhà nghiên cứu', 'nhà khoa học', 'doanh nhân', 'trưởng thôn', 'trưởng ấp', 'trưởng bản', 'già làng', 'GS', 'PGS', 'TS', 'ThS', 'BS', 'NSND', 'NSƯT', 'Anh hùng',
      // Party titles as provincial papers shorten them: "Thường vụ Tỉnh ủy", TUV (tỉnh/thành ủy viên), HUV, ĐUV,
      // UVBTV / TVTU (Ủy viên Ban Thường vụ Tỉnh ủy), ĐBQH.
      'thường vụ', 'TUV', 'HUV', 'ĐUV', 'UVT\\.Ư', 'UVTƯ', 'UVTW', 'UV T\\.Ư', 'UVBCHTW', 'UVBCH TW', 'TVTU', 'TVTƯ', 'TVHU', 'TVTHU', 'UVBTV', 'UVTV', 'UV BTV', 'UV BCH', 'UVBCH', 'ĐBQH',
    ].join('|') + ')',
  ],
  roleHeadWindow: 1,
  roleExtendsLeft: false,
  roleLeftWords: [],
  rolePluralSuffix: '',
  orgNameJoiners: [],
  irregularPluralHeads: {},
  pluralOpeners: ['các', 'những'],
  roleCommaContinues: true,
  roleSemicolonContinues: true,
  roleInnerWords: [],
  roleStops: [
    'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'đều', 'có', 'cùng', 'khi', 'thì', 'để', 'là', 'về', 'theo', 'trao', 'tặng',
    'thăm', 'tiếp', 'làm', 'nhận', 'ký kết', 'ký', 'ôn lại', 'lưu ý', 'chỉ đạo', 'khai mạc', 'bế mạc', 'phát động',
    'tại(?= [\\p{Ll}])', 'tại(?= (?:Hội nghị|Lễ|Kỳ họp|Phiên|Đại hội|Buổi)(?![\\p{L}]))', 'và phu nhân', 'do', 'vì', 'đi', 'đến', 'tới', 'mong', 'muốn', 'tham quan', 'dâng',
    // Order and recall words that open the predicate ("… lần lượt tham luận", "… điểm lại thành tích").
    'lần lượt', 'đồng thời', 'điểm lại', 'nhớ lại', 'nhắc lại', 'tuyên',
    // A passive or an occasion after the title ("… được bổ nhiệm giữ chức …", "… nhân dịp …"), a gift sent ("gửi lẵng hoa").
    'được', 'nhân dịp', 'gửi',
    // Greeting and thanks before the one greeted ("Tổng Bí thư nhiệt liệt chào mừng Tổng thống X").
    'nhiệt liệt', 'chào mừng', 'hoan nghênh', 'cảm ơn', 'chúc mừng', 'đánh giá cao',
    // A delegation's members after its name ("Tổ đại biểu Quốc hội số 2 gồm các đại biểu A, …").
    'gồm',
  ],
  connectors: ['và', 'cùng với', 'cùng', 'với'],
  // Asides about the person just named ("X, bào chữa cho bị cáo Y, đề nghị", "X, người đã …, chia sẻ").
  relativePronouns: ['người đã', 'người từng', 'bào chữa cho', 'đại diện cho'],
  // "thì": the topic particle before a second speaker's verb ("Đại biểu X (đoàn Y) thì nêu", "ông X thì cho rằng").
  gapFillers: ['cũng', 'cùng', 'đã', 'đều', 'sau đó', 'tiếp đó', 'đồng thời', 'lần lượt', 'trực tiếp', 'có buổi', 'có cuộc',
    'tiếp tục', 'thì'],
  // Where a person lives, between name and verb ("Cử tri X ở thôn 3 phản ánh"), after a place prefix or a capital.
  originWords: ['ở', 'trú tại', 'trú ở', 'ngụ tại', 'ngụ ở'],
  // "X chủ trì, cùng dự có …": "cùng" already joins people as a connector and opens lists as a cue.
  companions: [],
  // "do X chủ trì" puts the agent before the verb: the `prev` reading already finds it.
  passiveAgents: [],
  // Capitals after a name are organisations here ("ông A, UBND …"), not letters after a name.
  postnominal: '',
  future: ['dự kiến', 'sẽ', 'chuẩn bị', 'được mời'],
  roleArticles: [],
  apposedDeterminers: [],
  chairRoles: ['chủ tọa'],
  listLeadIns: ['các đồng chí\\s*:', 'gồm(?: có)?\\s*:?', 'các vị\\s*:',
    // "Dự hội nghị có đại biểu mời: ông A, …": the list's label.
    '(?:các )?(?:đại biểu|khách) (?:được )?mời\\s*:',
    // "…; tại điểm cầu huyện B có đ/c Y": the next venue of an online conference, its verb left out.
    'tại (?:điểm cầu )?[^,;:.]{1,60}? có'],
  groupHeads: [
    'đại diện', 'lãnh đạo', 'các', 'chỉ huy', 'đại biểu', 'cán bộ', 'hội viên', 'đoàn viên', 'doanh nghiệp',
    'người dân', 'nhân dân', 'học sinh', 'sinh viên', 'giáo viên', 'nông dân', 'bà con', 'bí thư', 'thành viên',
    'Sở', 'Ban', 'Ủy ban', 'UBND', 'HĐND', 'Văn phòng', 'Viện', 'Vụ', 'Cục', 'Tổng cục', 'Chi cục', 'Bộ',
    'Bệnh viện', 'Trung tâm', 'Trường', 'Hội', 'Hiệp hội', 'Liên đoàn', 'Liên minh', 'Công an', 'Tỉnh ủy',
    'Thành ủy', 'Huyện ủy', 'Đảng ủy', 'Mặt trận', 'MTTQ', 'Công ty', 'Tập đoàn', 'Tổng công ty', 'Ngân hàng',
    'Quỹ', 'Học viện', 'Đại học', 'Báo', 'Đài', 'Câu lạc bộ', 'Phòng', 'Cơ quan', 'Thanh tra', 'Kho bạc',
    'Bảo hiểm', 'Viện Kiểm sát', 'Tòa án', 'VKSND', 'TAND', 'Quân khu', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn',
    'Đoàn', 'Tổ đại biểu', 'Hợp tác xã', 'HTX', 'Tổ chức', 'Đại sứ quán', 'Tổng Lãnh sự quán', 'Ngành',
  ],
  groupNouns: ['đại biểu', 'cán bộ', 'hội viên', 'đoàn viên', 'người dân', 'nhân dân', 'học sinh', 'sinh viên',
    'giáo viên', 'nông dân', 'bà con', 'thành viên'],
  quantity: '(?:(?:hơn|gần|khoảng|trên|hàng|đông đảo|cùng|gần|hàng trăm|hàng nghìn)\\s+)*(?:[\\d.,/]+\\s+)?',
  cues: [
    // chair
    { part: 'chair', dir: 'list', pattern: `(?:đồng )?chủ trì${SPAN} (?:có|gồm|là)` },
    { part: 'chair', dir: 'list', pattern: '(?:dưới|với) sự (?:đồng )?(?:chủ trì|điều hành|chủ tọa) của' },
    // Not the lead agency of a task ("giao Sở X chủ trì, phối hợp với …", in directives).
    { part: 'chair', dir: 'prev', pattern: '(?:đồng )?chủ trì(?!,? phối hợp)' },
    // Not a chief executive's title ("Giám đốc điều hành Công ty X"); the lookbehind holds in both cases, since role
    // stops read the text as written.
    { part: 'chair', dir: 'prev', pattern: '(?<![Gg]iám đốc |[Bb]an |[Hh]ội đồng )điều hành' },
    // A court: "Hội đồng xét xử do Thẩm phán X làm chủ tọa".
    { part: 'chair', dir: 'prev', pattern: 'làm chủ tọa' },
    { part: 'chair', dir: 'list', pattern: `(?:đoàn chủ tịch|chủ tọa)${SPAN} (?:gồm|là)(?: có)?` },
    // present
    {
      part: 'attendee', dir: 'list', also: ['speaker'],
      pattern: `(?:cùng |đến |về |tới |tham )?dự và phát biểu${SPAN} (?:còn )?có`,
    },
    { part: 'attendee', dir: 'list', pattern: `(?:cùng |đến |về |tham )?${DU}${ALSO}${SPAN} (?:còn )?có` },
    { part: 'attendee', dir: 'list', pattern: '(?:có|với|chào đón|đón) sự (?:tham dự|tham gia|có mặt|hiện diện|dự|góp mặt) của' },
    { part: 'attendee', dir: 'list', pattern: `cùng (?:làm việc|tiếp|đón|hội đàm|tham gia)${SPAN} có` },
    // The host and the guest both take part ("X tiếp Đại sứ Y", "X làm việc với Y").
    // "có buổi tiếp xã giao ông Y", "tiếp chào xã giao", "tiếp thân mật". Talks by telephone or online are talks
    // ("điện đàm với", "hội đàm trực tuyến với").
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true,
      pattern: `(?:${TIEP}(?: (?:chào )?(?:xã giao|thân mật|chào từ biệt|chào))?|đón tiếp|hội kiến(?: trực tuyến)?|` +
        '(?:hội đàm|điện đàm)(?: trực tuyến| qua điện thoại| cấp cao)? với|làm việc(?: trực tuyến)? với)' },
    // The visitor's side: "đoàn đã đến chào xã giao Bí thư Tỉnh ủy X", "thăm xã giao".
    { part: 'attendee', dir: 'list', subjectIfListed: true, peopleOnly: true, pattern: '(?:chào|thăm) (?:xã giao|từ biệt|cấp cao)' },
    // "X gặp (gỡ, mặt) Y" is a meeting when someone is named after it, not "gặp khó khăn".
    { part: 'attendee', dir: 'list', subjectIfListed: true, peopleOnly: true, pattern: 'gặp(?: gỡ| mặt| song phương)?(?: với)?' },
    { part: 'attendee', dir: 'list', pattern: `(?:về )?phía${SPAN} (?:còn )?có` },
    { part: 'attendee', dir: 'list', pattern: `cùng đi${SPAN} (?:còn )?có` },
    { part: 'attendee', dir: 'list', pattern: '(?:dưới|trước) sự chứng kiến của' },
    // An envoy presenting credentials, and who receives them ("trình quốc thư lên Chủ tịch nước Y").
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true, pattern: `trình (?:quốc thư|thư ủy nhiệm|bản sao quốc thư)${SPAN} (?:lên|cho|với)` },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:cùng )?tham gia(?! giao thông)' },
    { part: 'attendee', dir: 'list', pattern: `tháp tùng${SPAN} có` },
    // "Tham gia buổi tiếp xúc có các đại biểu …": the list after "có", not only a subject before "tham gia".
    { part: 'attendee', dir: 'list', pattern: `tham gia(?! giao thông)${SPAN} (?:còn )?có` },
    { part: 'attendee', dir: 'list', pattern: `(?:tiếp|đón|tiếp đón)(?: và làm việc với)? đoàn${SPAN} có` },
    { part: 'attendee', dir: 'list', pattern: `(?:làm việc với|tham gia) đoàn${SPAN} có` },
    { part: 'attendee', dir: 'list', pattern: `chứng kiến${SPAN} (?:có|là)` },
    { part: 'attendee', dir: 'list', pattern: `ký(?: kết)?${SPAN} là` },
    { part: 'attendee', dir: 'list', peopleOnly: true, pattern: `^ký(?: kết)?${SPAN} (?:có|gồm)` },
    { part: 'attendee', dir: 'list', pattern: `(?:thành phần|đại biểu) (?:tham dự|dự|đoàn)${SPAN} (?:gồm|có)(?: có)?` },
    { part: 'attendee', dir: 'list', pattern: 'đoàn (?:công tác )?gồm(?: có)?' },
    // A deputies' group named with its members ("Tổ đại biểu HĐND huyện gồm ông A, ông B đã có buổi tiếp xúc cử tri").
    { part: 'attendee', dir: 'list', pattern: `tổ (?:đại biểu|công tác)${SPAN} gồm(?: có)?` },
    // A list labelled "Đại biểu mời:" / "Khách mời:" in the report of the event: the invited guests present.
    { part: 'attendee', dir: 'list', pattern: '(?:các )?(?:đại biểu|khách) (?:được )?mời(?: tham dự| dự)?\\s*:' },
    { part: 'attendee', dir: 'prev', also: ['speaker'], pattern: '(?:cùng |đến |về |tới |tham )?dự và phát biểu' },
    { part: 'attendee', dir: 'prev', pattern: `(?:cùng |đến |về |tham )?${DU}(?: và chỉ đạo)?` },
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: `trao (?:tặng|bằng|giấy|quà|quyết định|huân|huy|cờ|hoa|kỷ niệm|học bổng|thưởng)` },
    // Not at the scene of a fire or an accident ("có mặt tại hiện trường, trực tiếp chỉ huy"): no meeting.
    { part: 'attendee', dir: 'prev', pattern: 'có mặt(?! (?:tại|ở) (?:hiện trường|nơi xảy ra|khu vực (?:cháy|sạt lở|xảy ra)))' },
    // A visitor ("tiếp đoàn đại biểu TP X do ông Y, Phó Chủ tịch Hội đồng thành phố đến thăm và làm việc").
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: '(?:đến|sang|về) thăm(?: và làm việc)?' },
    // A performer at the ceremony ("ca sĩ X, …, biểu diễn hai ca khúc").
    { part: 'attendee', dir: 'prev', peopleOnly: true, pattern: 'biểu diễn' },
    // Receiving an award at the ceremony ("Tân bác sĩ X được trao bằng tốt nghiệp"); not a career's past award ("từng
    // được trao") nor being given powers ("được trao quyền").
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: '(?<!từng |đã từng )được trao(?: tặng)?(?! (?:quyền|trách nhiệm|nhiệm vụ|cho))' },
    { part: 'attendee', dir: 'prev', pattern: 'thực hành quyền công tố' },
    // "… thực hành quyền công tố tại tòa là kiểm sát viên X": the one named after "là".
    { part: 'attendee', dir: 'list', pattern: `thực hành quyền công tố${SPAN} là` },
    // "…; tại điểm cầu TP X có đồng chí Y": the next venue of an online conference lists who is there.
    { part: 'attendee', dir: 'list', peopleOnly: true, pattern: 'tại điểm cầu[^,;:.“”"]{1,60}? (?:còn )?có' },
    // "X ký thỏa thuận hợp tác với ông Y, …": both sides of the signing.
    { part: 'attendee', dir: 'list', subjectToo: true, peopleOnly: true,
      pattern: 'ký(?: kết)? (?:thỏa thuận|biên bản|hợp đồng|bản ghi nhớ|quy chế|chương trình|cam kết)[^,;:.“”"]{0,60}? với' },
    // Those who sign take part in the signing; not an official signing a letter or a directive ("ký văn bản đề nghị
    // / chỉ đạo / yêu cầu …"), which is office work, no ceremony.
    { part: 'attendee', dir: 'prev', peopleOnly: true,
      pattern: 'ký(?: kết)? (?:thỏa thuận|biên bản|hợp đồng|bản ghi nhớ|văn bản(?! (?:đề nghị|chỉ đạo|yêu cầu|gửi|hướng dẫn|' +
        'đôn đốc|báo cáo|trả lời|phúc đáp|góp ý|giao|số|chấp thuận|thông báo))|quy chế|chương trình|cam kết|giao ước)' },
    // Deputies meeting their voters ("Các đại biểu A, B và C đã (có buổi) tiếp xúc cử tri …").
    { part: 'attendee', dir: 'prev', pattern: 'tiếp xúc(?: với)? cử tri' },
    { part: 'attendee', dir: 'prev', pattern: 'làm trưởng đoàn' },
    { part: 'attendee', dir: 'prev', pattern: 'dẫn đầu' },
    { part: 'attendee', dir: 'prev', pattern: 'chứng kiến' },
    // not present
    { part: 'absent', dir: 'prev', pattern: 'vắng mặt' },
    { part: 'absent', dir: 'prev', pattern: 'không (?:thể )?(?:tham )?dự' },
    { part: 'absent', dir: 'prev', pattern: 'xin vắng' },
    { part: 'absent', dir: 'prev', pattern: 'không có mặt' },
    // spoke
    {
      part: 'speaker', dir: 'lead', event: true,
      // Not "Trả lời báo chí …,": answering the press is speech outside the event (`negators`).
      pattern: '(?:phát biểu|kết luận|báo cáo|trình bày|giải trình|tham luận|trả lời(?! (?:báo|phóng viên|PV|tạp chí|đài|truyền hình|vnexpress|tuổi trẻ|thanh niên|dân trí|vietnamnet|znews|vtv|vov))|thảo luận|đọc diễn văn|luận tội)[^,;:.“”"]{0,80},',
    },
    // "Thay mặt …, X" speaks for others, unless what X does is a signing or a handing over ("Thay mặt UBND tỉnh, đồng
    // chí X ký thỏa thuận …": X takes part, a speaker only if a verb of speech says so).
    {
      part: 'speaker', dir: 'lead', event: true,
      pattern: 'thay mặt[^,;:.“”"]{0,80},(?![^.;“”"]{0,160}? (?:ký|trao|tặng|nhận|đón nhận|gắn|cắt băng|bấm nút|dâng|thắp)(?![\\p{L}\\p{M}]))',
    },
    { part: 'speaker', dir: 'prev', event: true, pattern: 'phát biểu' },
    { part: 'speaker', dir: 'prev', event: true, pattern: 'kết luận' },
    { part: 'speaker', dir: 'prev', event: true, pattern: 'trình bày' },
    { part: 'speaker', dir: 'prev', event: true, pattern: 'quán triệt' },
    { part: 'speaker', dir: 'prev', event: true, pattern: '(?:khai mạc|bế mạc)' },
    { part: 'speaker', dir: 'prev', event: true, pattern: 'báo cáo tại' },
    // "X, thay mặt các tân khoa phát biểu cảm ơn": the speech verb comes after whom X speaks for.
    { part: 'speaker', dir: 'prev',
      pattern: 'thay mặt(?= [^,.;:“”"]{1,60}? (?:phát biểu|cảm ơn|hứa|tiếp thu|giải trình|báo cáo|trình bày|đọc|chia sẻ))' },
    // Presenting a bill or a report to the Assembly or the council ("Bộ trưởng X trình dự án Luật …"); not a file
    // sent up to someone ("trình Thủ tướng đề án …").
    { part: 'speaker', dir: 'prev', event: true,
      pattern: 'trình (?:dự án|dự thảo|tờ trình|báo cáo|đề án|các dự án|các báo cáo|các tờ trình)' },
    // Questions are asked and answered at a session ("tiếp tục chất vấn", "trả lời chất vấn").
    { part: 'speaker', dir: 'prev', event: true, pattern: '(?:tiếp tục |trả lời )?chất vấn' },
    { part: 'speaker', dir: 'prev', event: true, pattern: 'tham luận' },
    { part: 'speaker', dir: 'prev', event: true, pattern: 'đọc (?:diễn văn|báo cáo|tham luận)' },
    // Speech as a noun: "phát biểu kết luận của đồng chí X".
    { part: 'speaker', dir: 'next', event: true,
      // Not a speech made elsewhere and now passed on ("quán triệt, triển khai bài phát biểu của Tổng Bí thư X …").
      pattern: '(?<!bài |quán triệt |triển khai |học tập )(?:phát biểu|kết luận|diễn văn|tham luận)' +
        '(?: (?:kết luận|chỉ đạo|khai mạc|bế mạc|tổng kết))? của' },
    {
      part: 'speaker', dir: 'prev',
      pattern: '(?:báo cáo|cho biết|cho rằng|khẳng định|nhấn mạnh|đề nghị|yêu cầu|chia sẻ|nói|thông tin|nêu rõ|' +
        'bày tỏ|lưu ý|đánh giá|ghi nhận|biểu dương|tiếp thu|đề xuất|kiến nghị|giải trình|trả lời|phát động|' +
        'chúc mừng|gợi mở|chỉ đạo|phân tích|nêu|thông báo|quán triệt|khuyến cáo|mong muốn|cảm ơn|thắc mắc|' +
        'phản ánh|ôn lại|đọc|xúc động chia sẻ|tâm sự|hỏi|đặt câu hỏi|khai nhận|nói lời sau cùng|cam kết|nhận định|' +
        'hứa(?! hẹn)|thừa nhận|công bố|tuyên bố|giới thiệu|bổ sung(?= (?:rằng|thêm|ý kiến))|' +
        // A defendant or witness testifying in court ("khai chỉ làm theo chỉ đạo"), not "khai mạc", "khai trương" ….
        'khai(?= (?:rằng|là|chỉ|không|đã|được|bị|nhận|trước tòa|tại tòa)(?![\\p{L}\\p{M}])))',
    },
  ],
  cuesLowercase: true,
  eventPhrases: [
    'tại (?:hội nghị|buổi làm việc|buổi tiếp|kỳ họp|phiên (?:họp|chất vấn|thảo luận)|đại hội|hội thảo|tọa đàm|' +
      'buổi họp báo|họp báo|lễ|buổi lễ|chương trình|buổi gặp mặt|buổi tiếp xúc|cuộc họp|buổi đối thoại)',
    // A body meeting is the event itself ("UBND tỉnh họp phiên thường kỳ", "Ban Thường vụ Tỉnh ủy họp cho ý kiến").
    '(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Ban Thường vụ|Ban Chấp hành|Thường trực|Tỉnh ủy|Thành ủy|Huyện ủy|' +
      'Đảng ủy|Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ Chính trị|Ban Bí thư)' +
      '(?: (?:tỉnh|thành phố|huyện|thị xã|xã|phường|\\p{Lu}[\\p{L}\\p{M}]*)){0,4} (?:đã )?(?:họp|khai mạc|bế mạc|tổ chức (?:cuộc )?họp)',
    // A court sitting: "TAND tỉnh X mở phiên tòa sơ thẩm xét xử …", "tại phiên tòa".
    '(?:mở|tiếp tục|đưa ra) (?:lại )?phiên (?:tòa|xử|xét xử)|tại phiên (?:tòa|xử)',
  ],
  officeSpans: [],
  speechOpeners: ['rằng'],
  eventNotYet: ['sẽ', 'dự kiến', 'sắp tới', 'tới đây'],
  reported: [
    'nhắc lại', 'trước đó', 'trước đây', 'hồi tháng', 'hồi năm', 'năm ngoái', 'năm trước', 'lúc sinh thời',
    'khi còn sống', 'tuần trước', 'tháng trước',
    // A sentence opening on a past year ("Năm 2020, ông X được trao …"): a career's history.
    '^(?:vào )?năm (?:19|20)\\d\\d,',
    // "… khởi động từ năm 2022, khi X ký …": the history of what is reported.
    '(?:từ|vào|hồi|trong) năm (?:19|20)\\d\\d, khi',
  ],
  negators: [
    // "từng" is "once (did)" before a verb of speech, but also "each" ("từng hộ").
    'từng(?= (?:nhấn mạnh|phát biểu|nói|khẳng định|chỉ đạo|yêu cầu|cho rằng|đề nghị|nhắc|chia sẻ|căn dặn|dặn))',
    'trả lời phỏng vấn', 'qua điện thoại', 'trong thông cáo', 'trên trang cá nhân', 'trong thư',
    'qua email', 'trong văn bản',
    // Another meeting than the one reported: an indefinite one ("tại một hội thảo ở Hà Nội"), or one dated in the past
    // ("tại Hội nghị tổng kết năm trước").
    'tại một (?:hội nghị|hội thảo|diễn đàn|sự kiện|cuộc họp|tọa đàm|phiên họp|buổi (?:lễ|gặp|làm việc|họp|tọa đàm))',
    'tại (?:hội nghị|hội thảo|diễn đàn|sự kiện|cuộc họp|tọa đàm|phiên họp|kỳ họp|lễ)[^,.;:“”"]{0,60}? ' +
      '(?:năm trước|năm ngoái|tuần trước|tháng trước|trước đó|hồi tháng \\d+|hồi năm \\d+)',
  ],
  pressNegators: ['với (?:phóng viên|PV|báo chí|nhà báo)', 'trả lời (?:báo chí|phóng viên|PV)',
    // A newspaper by name: "Trả lời Báo Đắk Lắk", "Trao đổi với VnExpress", "chia sẻ với Tuổi Trẻ".
    '(?:trả lời|trao đổi với|chia sẻ với|nói với) (?:báo|tạp chí|đài|truyền hình|vnexpress|tuổi trẻ|thanh niên|dân trí|vietnamnet|znews|lao động|tiền phong|người lao động|vtv|vov)'],
  pressEvents: ['họp báo'],
  // Right after a verb of speech, before what was said: "do X công bố hồi tháng 10", "phát biểu hôm trước".
  otherTimes: ['hồi tháng \\d+', 'hồi năm', 'năm ngoái', 'năm trước', 'tuần trước', 'tháng trước', 'hôm trước', 'trước đó'],
  // Not read: Vietnamese reports date by number ("Sáng 4-12"), and "thứ năm" is also "the fifth".
  addressVerbs: [],
  weekdays: [],
  // A credit starts at the first space of a run, its parenthesis holds at most 200 characters, "[^]*$" runs to
  // the end (see ../en/attendees.ts).
  archiveCaptions: ['ảnh tư liệu', 'ảnh minh họa', 'ảnh minh hoạ', 'ảnh: tl', 'ảnh: tư liệu', 'ảnh chụp năm'],
  captionCredits: ['(?<!\\s)\\s*\\(?(?:Ảnh|Nguồn|Video|Clip)\\s*:[^]*$', '(?<!\\s)\\s*\\(Ảnh[^)]{0,200}\\)\\s*$'],
  abbreviations: ['TP', 'Tp', 'TT', 'GS', 'PGS', 'TS', 'ThS', 'BS', 'Q', 'P', 'Th.S', 'PGS.TS', 'GS.TS', 'St',
    // Academic titles written with their stop before the name ("BS.CKII. Lò Văn Pọm").
    'BS.CKII', 'BS.CKI', 'ThS.BS', 'TS.BS', 'GS.TSKH', 'PGS.TSKH', 'TSKH'],
};
