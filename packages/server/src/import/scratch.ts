import { analyseLegacyEncoding, detectLegacyEncoding } from './detect-legacy-encoding.ts';
import { convertLegacy } from './convert-legacy.ts';
const samples = ['B¶o Th¾ng', 'M\u00adêng Kh\u00ad¬ng', 'B¸t X¸t', 'TiÕng ViÖt rÊt hay', 'Tieáng Vieät raát hay', 'Xin chaøo caùc baïn',
 'Nguyễn Thị Hương', 'Hoàng', 'Hà Nam', 'Müller', 'NguyÔn V¨n An Traàn Thò Bích', '¸µ¶·¹ ©ª«¬', 'Sôû Noäi vuï', 'Së Néi vô', 'UÛy ban nhaân daân tænh', 'Uû ban nh©n d©n tØnh', 'Café', 'Tô Hà', 'Lê Thò'];
for (const s of samples) { const a = analyseLegacyEncoding([s]); console.log(JSON.stringify(s), a.encoding, JSON.stringify(a.rates), a.encoding==='tcvn3'||a.encoding==='vni' ? convertLegacy(s, a.encoding) : ''); }
