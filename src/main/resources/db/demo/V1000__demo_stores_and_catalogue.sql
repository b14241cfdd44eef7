-- Demo stores in Ho Chi Minh City and Hanoi, and a catalogue of 20 SKUs (prices in VND).
insert into store (id, name, city, address, click_and_collect, curbside, ship_from_store, latitude, longitude) values
  ('HCM-Q1', 'O2O Mart Nguyễn Huệ', 'Hồ Chí Minh', '72 Nguyễn Huệ, Bến Nghé, Quận 1', true, true, true, 10.7740, 106.7038),
  ('HCM-Q7', 'O2O Mart Phú Mỹ Hưng', 'Hồ Chí Minh', '101 Tôn Dật Tiên, Tân Phú, Quận 7', true, true, true, 10.7296, 106.7190),
  ('HN-HK', 'O2O Mart Hoàn Kiếm', 'Hà Nội', '25 Tràng Tiền, Hoàn Kiếm', true, false, true, 21.0245, 105.8570),
  ('HN-CG', 'O2O Kho Cầu Giấy', 'Hà Nội', '168 Xuân Thủy, Cầu Giấy', false, false, true, 21.0368, 105.7826);

insert into product (sku, name, category, unit_price, weight_grams) values
  ('SKU-1001', 'Áo thun cotton trắng', 'APPAREL', 199000, 250),
  ('SKU-1002', 'Áo sơ mi linen xanh', 'APPAREL', 459000, 300),
  ('SKU-1003', 'Quần jean slim', 'APPAREL', 599000, 650),
  ('SKU-1004', 'Váy hoa mùa hè', 'APPAREL', 389000, 280),
  ('SKU-1005', 'Giày thể thao trắng', 'FOOTWEAR', 899000, 900),
  ('SKU-1006', 'Dép quai ngang', 'FOOTWEAR', 149000, 350),
  ('SKU-1007', 'Nón bảo hiểm nửa đầu', 'ACCESSORIES', 259000, 500),
  ('SKU-1008', 'Balo laptop 15 inch', 'ACCESSORIES', 729000, 800),
  ('SKU-1009', 'Bình giữ nhiệt 500ml', 'HOME', 219000, 400),
  ('SKU-1010', 'Nồi cơm điện 1.8L', 'HOME', 1290000, 3200),
  ('SKU-1011', 'Quạt đứng', 'HOME', 850000, 4500),
  ('SKU-1012', 'Bộ chăn ga cotton', 'HOME', 990000, 2500),
  ('SKU-1013', 'Tai nghe không dây', 'ELECTRONICS', 1490000, 150),
  ('SKU-1014', 'Sạc dự phòng 10000mAh', 'ELECTRONICS', 399000, 250),
  ('SKU-1015', 'Cáp sạc USB-C 1m', 'ELECTRONICS', 99000, 50),
  ('SKU-1016', 'Cà phê rang xay 500g', 'GROCERY', 165000, 520),
  ('SKU-1017', 'Trà ô long 200g', 'GROCERY', 120000, 220),
  ('SKU-1018', 'Nước mắm cá cơm 500ml', 'GROCERY', 68000, 700),
  ('SKU-1019', 'Kem chống nắng SPF50', 'BEAUTY', 285000, 80),
  ('SKU-1020', 'Sữa rửa mặt dịu nhẹ', 'BEAUTY', 175000, 150);
